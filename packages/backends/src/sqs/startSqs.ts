import { createAwsJsonListener, type JsonInput, type OperationContext } from "../http/awsJsonProtocol";
import { optionalInteger, optionalString, optionalStringList, optionalStringMap, requiredString } from "../http/jsonInput";
import { resolveBackendOptions } from "../options";
import { newRequestLog, serveBackend } from "../serveBackend";
import type { Backend, BackendOptions, ServiceName } from "../types";
import { isValidMessageBody } from "./isValidMessageBody";
import { md5OfMessageAttributes, messageSize, type SqsMessageAttributes, validateMessageAttributes } from "./messageAttributes";
import { queueAttributesProblem, selectAttributes } from "./queueAttributes";
import { parseQueueArn, parseQueueUrl } from "./queueUrl";
import {
  invalidMessageContents,
  invalidParameterValue,
  missingParameter,
  purgeQueueInProgress,
  queueDoesNotExist,
  queueNameExists,
} from "./sqsErrors";
import { type ReceivedMessage, SqsQueue } from "./SqsQueue";

/** What another backend of the set may hand to SQS (an EventBridge target, an SNS subscription). */
export interface SqsDeliveryInput {
  body: string;
  messageAttributes?: SqsMessageAttributes;
  /** FIFO queues need a message group. */
  groupId?: string;
  deduplicationId?: string;
  /** The backend delivering; recorded as `via`. */
  via: ServiceName;
}

/** The local SQS backend. */
export interface SqsBackend extends Backend {
  service: "sqs";
  /** Delivers a message to the queue with this ARN, as a cross-service target; records it as a SendMessage `via` the sender. */
  deliver(queueArn: string, input: SqsDeliveryInput): { messageId: string };
}

/** SQS's limit on the time a purge blocks the next one. */
const purgeIntervalMs = 60_000;

/** The sender id SQS reports in `SenderId` for messages sent over the wire here. */
const localSenderId = "AIDALOCALPLAYGROUND00";

/**
 * Starts a local SQS speaking the AWS JSON 1.0 protocol (`X-Amz-Target: AmazonSQS.<Action>`), as
 * current SDKs do. Queue URLs are `http://127.0.0.1:<port>/<account>/<name>`; the AWS form
 * `https://sqs.<region>.amazonaws.com/<account>/<name>` addresses the same queue.
 *
 * @example
 * const sqs = await startSqs();
 * // POST sqs.endpoint, X-Amz-Target: AmazonSQS.CreateQueue, {"QueueName":"orders"}
 * await sqs.stop();
 */
export async function startSqs(options: BackendOptions = {}): Promise<SqsBackend> {
  const { region, accountId } = resolveBackendOptions(options);
  const log = newRequestLog("sqs");
  const queues = new Map<string, SqsQueue>();
  let endpoint = "";

  const findByArn = (arn: string) => {
    const address = parseQueueArn(arn);
    return address && address.accountId === accountId ? queues.get(address.name) : undefined;
  };
  const queueOf = (input: JsonInput): SqsQueue => {
    const queueUrl = requiredString(input, "QueueUrl", missingParameter);
    const address = parseQueueUrl(queueUrl);
    const queue = address && address.accountId === accountId ? queues.get(address.name) : undefined;
    if (queue === undefined) throw queueDoesNotExist();
    return queue;
  };
  const invalid = (name: string) => invalidParameterValue(`Value for parameter ${name} is invalid.`);

  const operations = {
    CreateQueue: (input: JsonInput) => {
      const name = requiredString(input, "QueueName", missingParameter);
      const attributes = optionalStringMap(input, "Attributes", invalid) ?? {};
      const fifo = name.endsWith(".fifo");
      if (!/^[A-Za-z0-9_-]{1,80}$/.test(fifo ? name.slice(0, -5) : name) || name.length > 80) {
        throw invalidParameterValue("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
      }
      if (fifo !== (attributes.FifoQueue === "true")) {
        throw invalidParameterValue(
          fifo ? "The FifoQueue attribute must be true for a queue name ending in .fifo." : "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.",
        );
      }
      const problem = queueAttributesProblem(attributes);
      if (problem) throw problem;
      const existing = queues.get(name);
      if (existing) {
        // CreateQueue is idempotent only when every given attribute matches the existing queue.
        for (const [key, value] of Object.entries(attributes)) {
          if (existing.attributes[key] !== value) throw queueNameExists(key);
        }
        return { QueueUrl: existing.url };
      }
      const queue = new SqsQueue({
        name,
        url: `${endpoint}/${accountId}/${encodeURIComponent(name)}`,
        arn: `arn:aws:sqs:${region}:${accountId}:${name}`,
        attributes,
        findQueueByArn: findByArn,
      });
      queues.set(name, queue);
      return { QueueUrl: queue.url };
    },

    GetQueueUrl: (input: JsonInput) => {
      const name = requiredString(input, "QueueName", missingParameter);
      const owner = optionalString(input, "QueueOwnerAWSAccountId", invalid);
      const queue = owner === undefined || owner === accountId ? queues.get(name) : undefined;
      if (queue === undefined) throw queueDoesNotExist();
      return { QueueUrl: queue.url };
    },

    ListQueues: (input: JsonInput) => {
      const prefix = optionalString(input, "QueueNamePrefix", invalid) ?? "";
      const maxResults = optionalInteger(input, "MaxResults", invalid);
      if (maxResults !== undefined && (maxResults < 1 || maxResults > 1000)) {
        throw invalidParameterValue(`Value ${maxResults} for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and 1000.`);
      }
      const start = Number(optionalString(input, "NextToken", invalid) ?? "0");
      const urls = [...queues.values()].filter((queue) => queue.name.startsWith(prefix)).map((queue) => queue.url);
      // Without MaxResults SQS returns up to 1000 queues and no token.
      const page = urls.slice(start, start + (maxResults ?? 1000));
      const result: { QueueUrls?: string[]; NextToken?: string } = {};
      if (page.length > 0) result.QueueUrls = page;
      if (maxResults !== undefined && start + page.length < urls.length) result.NextToken = String(start + page.length);
      return result;
    },

    DeleteQueue: (input: JsonInput) => {
      const queue = queueOf(input);
      queues.delete(queue.name);
      queue.close();
      return {};
    },

    GetQueueAttributes: (input: JsonInput) => {
      const queue = queueOf(input);
      const names = optionalStringList(input, "AttributeNames", invalid) ?? [];
      const counts = queue.counts();
      const all: Record<string, string> = {
        ...queue.attributes,
        QueueArn: queue.arn,
        ApproximateNumberOfMessages: String(counts.visible),
        ApproximateNumberOfMessagesNotVisible: String(counts.notVisible),
        ApproximateNumberOfMessagesDelayed: String(counts.delayed),
        CreatedTimestamp: String(queue.createdTimestamp),
        LastModifiedTimestamp: String(queue.lastModifiedTimestamp),
      };
      const attributes = selectAttributes(all, names);
      return Object.keys(attributes).length === 0 ? {} : { Attributes: attributes };
    },

    SetQueueAttributes: (input: JsonInput) => {
      const queue = queueOf(input);
      const attributes = optionalStringMap(input, "Attributes", invalid);
      if (attributes === undefined) throw missingParameter("Attributes");
      const problem = queueAttributesProblem(attributes);
      if (problem) throw problem;
      queue.attributes = { ...queue.attributes, ...attributes };
      queue.lastModifiedTimestamp = Math.floor(Date.now() / 1000);
      return {};
    },

    SendMessage: (input: JsonInput) => {
      const queue = queueOf(input);
      const body = optionalString(input, "MessageBody", invalid);
      if (body === undefined || body === "") throw missingParameter("MessageBody");
      const messageAttributes = validateMessageAttributes(input.MessageAttributes);
      const delaySeconds = optionalInteger(input, "DelaySeconds", invalid);
      const message = sendTo(queue, {
        body,
        messageAttributes,
        ...(delaySeconds === undefined ? {} : { delaySeconds }),
        groupId: optionalString(input, "MessageGroupId", invalid),
        deduplicationId: optionalString(input, "MessageDeduplicationId", invalid),
        senderId: localSenderId,
      });
      return {
        MessageId: message.messageId,
        MD5OfMessageBody: message.md5OfBody,
        ...(message.md5OfMessageAttributes === undefined ? {} : { MD5OfMessageAttributes: message.md5OfMessageAttributes }),
        ...(message.sequenceNumber === undefined ? {} : { SequenceNumber: message.sequenceNumber }),
      };
    },

    ReceiveMessage: async (input: JsonInput, context: OperationContext) => {
      const queue = queueOf(input);
      const max = optionalInteger(input, "MaxNumberOfMessages", invalid) ?? 1;
      if (max < 1 || max > 10) {
        throw invalidParameterValue(`Value ${max} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.`);
      }
      const wait = optionalInteger(input, "WaitTimeSeconds", invalid) ?? Number(queue.attributes.ReceiveMessageWaitTimeSeconds);
      if (wait < 0 || wait > 20) {
        throw invalidParameterValue(`Value ${wait} for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.`);
      }
      const visibility = optionalInteger(input, "VisibilityTimeout", invalid) ?? Number(queue.attributes.VisibilityTimeout);
      if (visibility < 0 || visibility > 43200) {
        throw invalidParameterValue(`Value ${visibility} for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.`);
      }
      const systemNames = [
        ...(optionalStringList(input, "AttributeNames", invalid) ?? []),
        ...(optionalStringList(input, "MessageSystemAttributeNames", invalid) ?? []),
      ];
      const attributeNames = optionalStringList(input, "MessageAttributeNames", invalid) ?? [];
      const received = await queue.receive({
        maxNumberOfMessages: max,
        visibilityTimeoutSeconds: visibility,
        waitTimeSeconds: wait,
        signal: context.signal,
      });
      // An empty receive is `{}` on the wire, not an empty list.
      if (received.length === 0) return {};
      return { Messages: received.map((entry) => renderMessage(entry, systemNames, attributeNames)) };
    },

    DeleteMessage: (input: JsonInput) => {
      const queue = queueOf(input);
      queue.delete(requiredString(input, "ReceiptHandle", missingParameter));
      return {};
    },

    ChangeMessageVisibility: (input: JsonInput) => {
      const queue = queueOf(input);
      const handle = requiredString(input, "ReceiptHandle", missingParameter);
      const timeout = optionalInteger(input, "VisibilityTimeout", invalid);
      if (timeout === undefined) throw missingParameter("VisibilityTimeout");
      if (timeout < 0 || timeout > 43200) {
        throw invalidParameterValue(`Value ${timeout} for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.`);
      }
      queue.changeVisibility(handle, timeout);
      return {};
    },

    PurgeQueue: (input: JsonInput) => {
      const queue = queueOf(input);
      if (queue.lastPurgeAt !== undefined && Date.now() - queue.lastPurgeAt < purgeIntervalMs) throw purgeQueueInProgress(queue.name);
      queue.purge();
      return {};
    },
  };

  const listener = createAwsJsonListener({
    service: "sqs",
    signingName: "sqs",
    region,
    targetPrefix: "AmazonSQS",
    contentType: "application/x-amz-json-1.0",
    errorNamespace: "com.amazonaws.sqs#",
    operations,
    targetOf: (_operation, input) => queueNameOf(input),
    log,
  });
  const backend = await serveBackend("sqs", log, listener, () => {
    for (const queue of queues.values()) queue.close();
  });
  endpoint = backend.endpoint;

  return {
    ...backend,
    service: "sqs",
    deliver(queueArn, input) {
      const queue = findByArn(queueArn);
      const record = { body: input.body, messageAttributes: input.messageAttributes ?? {} };
      if (queue === undefined) {
        log.append({ at: new Date().toISOString(), service: "sqs", action: "SendMessage", target: queueArn, input: record, status: 400, via: input.via });
        throw queueDoesNotExist();
      }
      const message = sendTo(queue, {
        body: input.body,
        messageAttributes: input.messageAttributes ?? {},
        groupId: input.groupId,
        deduplicationId: input.deduplicationId,
        senderId: `AIDALOCAL${input.via.toUpperCase()}`,
      });
      log.append({ at: new Date().toISOString(), service: "sqs", action: "SendMessage", target: queue.name, input: record, status: 200, via: input.via });
      return { messageId: message.messageId };
    },
  };
}

function sendTo(
  queue: SqsQueue,
  input: { body: string; messageAttributes: SqsMessageAttributes; delaySeconds?: number; groupId?: string | undefined; deduplicationId?: string | undefined; senderId: string },
) {
  if (!isValidMessageBody(input.body)) throw invalidMessageContents();
  const limit = Number(queue.attributes.MaximumMessageSize);
  if (messageSize(input.body, input.messageAttributes) > limit) {
    throw invalidParameterValue(`One or more parameters are invalid. Reason: Message must be shorter than ${limit} bytes.`);
  }
  if (input.delaySeconds !== undefined && (input.delaySeconds < 0 || input.delaySeconds > 900)) {
    throw invalidParameterValue(`Value ${input.delaySeconds} for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.`);
  }
  if (queue.isFifo) {
    if (input.groupId === undefined) throw missingParameter("MessageGroupId");
    if (input.deduplicationId === undefined && queue.attributes.ContentBasedDeduplication !== "true") {
      throw invalidParameterValue("The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly");
    }
    if (input.delaySeconds !== undefined && input.delaySeconds !== 0) {
      throw invalidParameterValue(`Value ${input.delaySeconds} for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.`);
    }
  }
  return queue.send({
    body: input.body,
    messageAttributes: input.messageAttributes,
    senderId: input.senderId,
    ...(input.delaySeconds === undefined ? {} : { delaySeconds: input.delaySeconds }),
    ...(input.groupId === undefined ? {} : { groupId: input.groupId }),
    ...(input.deduplicationId === undefined ? {} : { deduplicationId: input.deduplicationId }),
  });
}

function renderMessage({ message, receiptHandle }: ReceivedMessage, systemNames: readonly string[], attributeNames: readonly string[]) {
  const system: Record<string, string> = {
    SenderId: message.senderId,
    SentTimestamp: String(message.sentTimestamp),
    ApproximateReceiveCount: String(message.receiveCount),
    ApproximateFirstReceiveTimestamp: String(message.firstReceiveTimestamp ?? message.sentTimestamp),
    ...(message.groupId === undefined ? {} : { MessageGroupId: message.groupId }),
    ...(message.deduplicationId === undefined ? {} : { MessageDeduplicationId: message.deduplicationId }),
    ...(message.sequenceNumber === undefined ? {} : { SequenceNumber: message.sequenceNumber }),
  };
  const attributes = selectAttributes(system, systemNames);
  const messageAttributes = selectMessageAttributes(message.messageAttributes, attributeNames);
  return {
    MessageId: message.messageId,
    ReceiptHandle: receiptHandle,
    MD5OfBody: message.md5OfBody,
    Body: message.body,
    ...(Object.keys(attributes).length === 0 ? {} : { Attributes: attributes }),
    ...(Object.keys(messageAttributes).length === 0
      ? {}
      : { MessageAttributes: messageAttributes, MD5OfMessageAttributes: md5OfMessageAttributes(messageAttributes) }),
  };
}

/** `MessageAttributeNames`: `All`, `.*`, exact names, or `prefix.*`. */
function selectMessageAttributes(attributes: SqsMessageAttributes, names: readonly string[]): SqsMessageAttributes {
  const selected: SqsMessageAttributes = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    const wanted = names.some((pattern) => pattern === "All" || pattern === ".*" || pattern === name || (pattern.endsWith(".*") && name.startsWith(pattern.slice(0, -1))));
    if (wanted) selected[name] = attribute;
  }
  return selected;
}

function queueNameOf(input: JsonInput): string | undefined {
  if (typeof input.QueueName === "string") return input.QueueName;
  if (typeof input.QueueUrl === "string") return parseQueueUrl(input.QueueUrl)?.name;
  return undefined;
}
