import { createHash, randomBytes, randomUUID } from "node:crypto";
import { defaultQueueAttributes } from "./queueAttributes";
import { md5OfBody, md5OfMessageAttributes, type SqsMessageAttributes } from "./messageAttributes";
import { receiptHandleIsInvalid } from "./sqsErrors";

/** A message as the queue keeps it. */
export interface SqsMessage {
  messageId: string;
  body: string;
  md5OfBody: string;
  messageAttributes: SqsMessageAttributes;
  md5OfMessageAttributes?: string;
  senderId: string;
  sentTimestamp: number;
  /** Epoch ms from which the message may be received (delay, then visibility timeout). */
  visibleAt: number;
  receiveCount: number;
  firstReceiveTimestamp?: number;
  groupId?: string;
  deduplicationId?: string;
  sequenceNumber?: string;
}

/** A message handed out by ReceiveMessage, with the receipt handle of that receive. */
export interface ReceivedMessage {
  message: SqsMessage;
  receiptHandle: string;
}

export interface SendInput {
  body: string;
  messageAttributes: SqsMessageAttributes;
  delaySeconds?: number;
  groupId?: string;
  deduplicationId?: string;
  senderId: string;
}

export interface ReceiveInput {
  maxNumberOfMessages: number;
  visibilityTimeoutSeconds: number;
  waitTimeSeconds: number;
  signal: AbortSignal;
}

/** SQS's FIFO deduplication interval. */
const deduplicationWindowMs = 5 * 60 * 1000;

/**
 * One queue: its attributes and messages, with SQS's receive semantics — visibility timeouts,
 * delays, receive counts, FIFO message-group ordering and deduplication, dead-letter redrive, and
 * long polling that sleeps until a send, a visibility change or the deadline wakes it (no polling loop).
 */
export class SqsQueue {
  readonly name: string;
  readonly url: string;
  readonly arn: string;
  readonly createdTimestamp = Math.floor(Date.now() / 1000);
  lastModifiedTimestamp = this.createdTimestamp;
  attributes: Record<string, string>;
  lastPurgeAt: number | undefined;

  readonly #messages: SqsMessage[] = [];
  readonly #handles = new Map<string, string>();
  readonly #waiters = new Set<() => void>();
  readonly #deduplication = new Map<string, { messageId: string; at: number }>();
  readonly #findQueueByArn: (arn: string) => SqsQueue | undefined;
  #sequence = 0n;
  #closed = false;

  constructor(init: { name: string; url: string; arn: string; attributes: Record<string, string>; findQueueByArn: (arn: string) => SqsQueue | undefined }) {
    this.name = init.name;
    this.url = init.url;
    this.arn = init.arn;
    this.attributes = { ...defaultQueueAttributes, ...init.attributes };
    this.#findQueueByArn = init.findQueueByArn;
  }

  get isFifo(): boolean {
    return this.attributes.FifoQueue === "true";
  }

  /** Adds a message; for FIFO queues a duplicate within five minutes returns the first message instead. */
  send(input: SendInput): SqsMessage {
    const now = Date.now();
    const dedupId =
      input.deduplicationId ??
      (this.isFifo && this.attributes.ContentBasedDeduplication === "true" ? createHash("sha256").update(input.body).digest("hex") : undefined);
    if (this.isFifo && dedupId !== undefined) {
      const seen = this.#deduplication.get(dedupId);
      const original = seen && now - seen.at < deduplicationWindowMs ? this.#messages.find((m) => m.messageId === seen.messageId) : undefined;
      if (original) return original;
    }
    const delay = input.delaySeconds ?? Number(this.attributes.DelaySeconds ?? "0");
    const md5Attributes = md5OfMessageAttributes(input.messageAttributes);
    const message: SqsMessage = {
      messageId: randomUUID(),
      body: input.body,
      md5OfBody: md5OfBody(input.body),
      messageAttributes: input.messageAttributes,
      ...(md5Attributes === undefined ? {} : { md5OfMessageAttributes: md5Attributes }),
      senderId: input.senderId,
      sentTimestamp: now,
      visibleAt: now + delay * 1000,
      receiveCount: 0,
      ...(input.groupId === undefined ? {} : { groupId: input.groupId }),
      ...(dedupId === undefined ? {} : { deduplicationId: dedupId }),
      ...(this.isFifo ? { sequenceNumber: String(++this.#sequence).padStart(20, "0") } : {}),
    };
    if (this.isFifo && dedupId !== undefined) this.#deduplication.set(dedupId, { messageId: message.messageId, at: now });
    this.#messages.push(message);
    this.#wake();
    return message;
  }

  /** ReceiveMessage: takes what is visible now, or long-polls up to `waitTimeSeconds` for it. */
  async receive(input: ReceiveInput): Promise<ReceivedMessage[]> {
    const deadline = Date.now() + input.waitTimeSeconds * 1000;
    for (;;) {
      const taken = this.#take(input.maxNumberOfMessages, input.visibilityTimeoutSeconds);
      if (taken.length > 0 || this.#closed || Date.now() >= deadline || input.signal.aborted) return taken;
      await this.#waitForChange(deadline, input.signal);
    }
  }

  /** DeleteMessage. A handle of a message already deleted succeeds, as on SQS; a handle never issued does not. */
  delete(receiptHandle: string): void {
    const messageId = this.#handles.get(receiptHandle);
    if (messageId === undefined) throw receiptHandleIsInvalid(receiptHandle);
    const index = this.#messages.findIndex((m) => m.messageId === messageId);
    if (index !== -1) this.#messages.splice(index, 1);
    this.#wake();
  }

  /** ChangeMessageVisibility. */
  changeVisibility(receiptHandle: string, visibilityTimeoutSeconds: number): void {
    const messageId = this.#handles.get(receiptHandle);
    if (messageId === undefined) throw receiptHandleIsInvalid(receiptHandle);
    const message = this.#messages.find((m) => m.messageId === messageId);
    if (message) message.visibleAt = Date.now() + visibilityTimeoutSeconds * 1000;
    this.#wake();
  }

  purge(): void {
    this.#messages.length = 0;
    this.lastPurgeAt = Date.now();
  }

  /** Ends every long poll (the queue was deleted or the backend is stopping). */
  close(): void {
    this.#closed = true;
    this.#messages.length = 0;
    this.#wake();
  }

  /** The counts GetQueueAttributes reports. */
  counts(): { visible: number; notVisible: number; delayed: number } {
    const now = Date.now();
    let visible = 0;
    let notVisible = 0;
    let delayed = 0;
    for (const message of this.#live(now)) {
      if (message.visibleAt <= now) visible++;
      else if (message.receiveCount > 0) notVisible++;
      else delayed++;
    }
    return { visible, notVisible, delayed };
  }

  #live(now: number): SqsMessage[] {
    const retentionMs = Number(this.attributes.MessageRetentionPeriod) * 1000;
    for (let i = this.#messages.length - 1; i >= 0; i--) {
      if (now - this.#messages[i]!.sentTimestamp >= retentionMs) this.#messages.splice(i, 1);
    }
    return this.#messages;
  }

  #take(max: number, visibilityTimeoutSeconds: number): ReceivedMessage[] {
    const now = Date.now();
    const taken: ReceivedMessage[] = [];
    const blockedGroups = new Set<string>();
    for (const message of [...this.#live(now)]) {
      if (taken.length >= max) break;
      const group = message.groupId;
      // FIFO: a message group is delivered in order, so nothing of a group leaves while an earlier message is in flight.
      if (this.isFifo && group !== undefined) {
        if (blockedGroups.has(group)) continue;
        if (message.visibleAt > now) {
          blockedGroups.add(group);
          continue;
        }
      } else if (message.visibleAt > now) {
        continue;
      }
      if (this.#redrive(message)) continue;
      message.receiveCount += 1;
      message.firstReceiveTimestamp ??= now;
      message.visibleAt = now + visibilityTimeoutSeconds * 1000;
      const receiptHandle = randomBytes(96).toString("base64");
      this.#handles.set(receiptHandle, message.messageId);
      taken.push({ message, receiptHandle });
    }
    return taken;
  }

  /** Moves a message that reached `maxReceiveCount` to the RedrivePolicy's dead-letter queue. */
  #redrive(message: SqsMessage): boolean {
    const policy = this.attributes.RedrivePolicy;
    if (!policy) return false;
    const { deadLetterTargetArn, maxReceiveCount } = JSON.parse(policy) as { deadLetterTargetArn?: string; maxReceiveCount?: number | string };
    if (deadLetterTargetArn === undefined || message.receiveCount < Number(maxReceiveCount)) return false;
    const deadLetterQueue = this.#findQueueByArn(deadLetterTargetArn);
    if (deadLetterQueue === undefined) return false;
    this.#messages.splice(this.#messages.indexOf(message), 1);
    deadLetterQueue.#adopt(message);
    return true;
  }

  #adopt(message: SqsMessage): void {
    message.visibleAt = Date.now();
    this.#messages.push(message);
    this.#wake();
  }

  #wake(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }

  /** Sleeps until something may have changed: a send/delete, the next message becoming visible, the deadline, or an abort. */
  #waitForChange(deadline: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const now = Date.now();
      let wakeAt = deadline;
      for (const message of this.#messages) if (message.visibleAt > now && message.visibleAt < wakeAt) wakeAt = message.visibleAt;
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(done);
        signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, wakeAt - now));
      this.#waiters.add(done);
      signal.addEventListener("abort", done, { once: true });
    });
  }
}
