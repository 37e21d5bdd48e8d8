import { randomUUID } from "node:crypto";
import type { Delivery, DeliveryListener } from "../delivery";
import { createAwsQueryListener } from "../http/awsQueryProtocol";
import { type QueryParams, readEntryMap } from "../http/queryParams";
import { QueryList, QueryMap, type QueryStruct } from "../http/queryValues";
import { resolveBackendOptions } from "../options";
import type { PeerOptions, SnsDeliveryInput } from "../peers";
import { RecordLog } from "../record/RecordLog";
import { newRequestLog, serveBackend } from "../serveBackend";
import type { SqsMessageAttributes } from "../sqs/messageAttributes";
import type { Backend, BackendOptions, ServiceName } from "../types";
import { filterPolicyProblem, matchesFilterPolicy } from "./filterPolicy";
import { readMessageAttributes, type SnsMessageAttributes } from "./messageAttributes";
import { buildNotification } from "./notification";
import { invalidParameter, missingValue, subscriptionNotFound, topicNotFound } from "./snsErrors";

/** The local SNS backend. */
export interface SnsBackend extends Backend {
  service: "sns";
  /** Publishes to a topic on behalf of another backend (an EventBridge target); records it as a Publish `via` the sender. */
  deliver(topicArn: string, input: SnsDeliveryInput): { messageId: string };
  /** Every delivery to a subscription so far, oldest first. */
  deliveries(): readonly Delivery[];
  /** Subscribes to deliveries; returns the unsubscribe function. */
  onDelivered(listener: DeliveryListener): () => void;
  /** Resolves with the first delivery, past or future, that matches. @param timeoutMs @default 5000 */
  waitForDelivery(predicate: (delivery: Delivery) => boolean, timeoutMs?: number): Promise<Delivery>;
}

interface Topic {
  arn: string;
  name: string;
  attributes: Record<string, string>;
}

interface Subscription {
  arn: string;
  topicArn: string;
  protocol: string;
  endpoint: string;
  attributes: Record<string, string>;
  confirmed: boolean;
}

interface PublishInput {
  message: string;
  subject?: string;
  messageAttributes: SnsMessageAttributes;
  messageStructure?: string;
  groupId?: string;
  deduplicationId?: string;
}

const xmlns = "http://sns.amazonaws.com/doc/2010-03-31/";
/** SNS's size limit for a message plus its attributes. */
const maxMessageBytes = 262_144;
const topicPageSize = 100;
const subscriptionPageSize = 100;
const protocols = new Set(["http", "https", "email", "email-json", "sms", "sqs", "application", "lambda", "firehose"]);

/**
 * Starts a local SNS speaking the Query protocol (`Action=Publish&Version=2010-03-31`, POST form or
 * GET query), answering XML — or JSON under `Accept: application/json`. SQS subscriptions receive
 * the SNS notification envelope (or the raw message with `RawMessageDelivery`) through the SQS
 * backend of the same set.
 */
export async function startSns(options: BackendOptions & PeerOptions = {}): Promise<SnsBackend> {
  const { region, accountId } = resolveBackendOptions(options);
  const peers = options.peers ?? {};
  const log = newRequestLog("sns");
  const deliveries = new RecordLog<Delivery>("delivery from sns");
  const topics = new Map<string, Topic>();
  const subscriptions = new Map<string, Subscription>();
  let endpoint = "";

  const topicArnOf = (name: string) => `arn:aws:sns:${region}:${accountId}:${name}`;
  const requireTopic = (arn: string | undefined, member = "TopicArn"): Topic => {
    if (arn === undefined || arn === "") throw missingValue(member.charAt(0).toLowerCase() + member.slice(1));
    if (!/^arn:aws[\w-]*:sns:[\w-]+:\d{12}:[\w.-]+$/.test(arn)) throw invalidParameter(`Invalid parameter: ${member}`);
    const topic = topics.get(arn);
    if (topic === undefined) throw topicNotFound();
    return topic;
  };

  const publish = (topic: Topic, input: PublishInput): string => {
    const messageId = randomUUID();
    const timestamp = new Date();
    for (const subscription of subscriptions.values()) {
      if (subscription.topicArn !== topic.arn || !subscription.confirmed) continue;
      if (!matchesFilterPolicy(subscription.attributes, input.message, input.messageAttributes)) continue;
      deliverToSubscription(subscription, topic, input, messageId, timestamp);
    }
    return messageId;
  };

  const deliverToSubscription = (subscription: Subscription, topic: Topic, input: PublishInput, messageId: string, timestamp: Date) => {
    const message = messageFor(input, subscription.protocol);
    const raw = subscription.attributes.RawMessageDelivery === "true";
    const body = raw
      ? message
      : JSON.stringify(
          buildNotification({
            messageId,
            topicArn: topic.arn,
            subscriptionArn: subscription.arn,
            message,
            ...(input.subject === undefined ? {} : { subject: input.subject }),
            timestamp,
            messageAttributes: input.messageAttributes,
            endpoint,
          }),
        );
    const base = { at: new Date().toISOString(), from: "sns" as ServiceName, source: subscription.arn, target: subscription.endpoint, payload: body };
    if (subscription.protocol !== "sqs" || peers.sqs === undefined) {
      deliveries.append({ ...base, status: "undeliverable", error: `No local backend delivers to ${subscription.protocol} endpoints.` });
      return;
    }
    try {
      const result = peers.sqs.deliver(subscription.endpoint, {
        body,
        ...(raw ? { messageAttributes: toSqsAttributes(input.messageAttributes) } : {}),
        ...(input.groupId === undefined ? {} : { groupId: input.groupId }),
        ...(input.deduplicationId === undefined ? {} : { deduplicationId: input.deduplicationId }),
        via: "sns",
      });
      deliveries.append({ ...base, status: "delivered", resultId: result.messageId });
    } catch (error) {
      deliveries.append({ ...base, status: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  };

  const operations = {
    CreateTopic: (params: QueryParams): QueryStruct => {
      const name = params.Name;
      if (name === undefined) throw missingValue("name");
      const attributes = readEntryMap(params, "Attributes");
      const fifo = name.endsWith(".fifo");
      if (!/^[A-Za-z0-9_-]{1,256}$/.test(fifo ? name.slice(0, -5) : name) || fifo !== (attributes.FifoTopic === "true")) {
        throw invalidParameter("Invalid parameter: Topic Name");
      }
      const arn = topicArnOf(name);
      const existing = topics.get(arn);
      if (existing) {
        // CreateTopic is idempotent for the same name, unless the attributes differ.
        for (const [key, value] of Object.entries(attributes)) {
          if (existing.attributes[key] !== value) throw invalidParameter("Invalid parameter: Attributes Reason: Topic already exists with different attributes");
        }
        return { TopicArn: arn };
      }
      topics.set(arn, { arn, name, attributes });
      return { TopicArn: arn };
    },

    DeleteTopic: (params: QueryParams): undefined => {
      const arn = params.TopicArn;
      if (arn === undefined) throw missingValue("topicArn");
      // Deleting a topic that does not exist succeeds on SNS.
      topics.delete(arn);
      for (const [subscriptionArn, subscription] of subscriptions) if (subscription.topicArn === arn) subscriptions.delete(subscriptionArn);
      return undefined;
    },

    ListTopics: (params: QueryParams): QueryStruct => {
      const start = Number(params.NextToken ?? "0");
      const all = [...topics.values()];
      const page = all.slice(start, start + topicPageSize);
      return {
        Topics: new QueryList(page.map((topic) => ({ TopicArn: topic.arn }))),
        NextToken: start + page.length < all.length ? String(start + page.length) : null,
      };
    },

    GetTopicAttributes: (params: QueryParams): QueryStruct => {
      const topic = requireTopic(params.TopicArn);
      const subscribed = [...subscriptions.values()].filter((s) => s.topicArn === topic.arn);
      return {
        Attributes: new QueryMap({
          TopicArn: topic.arn,
          Owner: accountId,
          DisplayName: "",
          Policy: defaultTopicPolicy(topic.arn, accountId),
          SubscriptionsConfirmed: String(subscribed.filter((s) => s.confirmed).length),
          SubscriptionsPending: String(subscribed.filter((s) => !s.confirmed).length),
          SubscriptionsDeleted: "0",
          ...topic.attributes,
        }),
      };
    },

    SetTopicAttributes: (params: QueryParams): undefined => {
      const topic = requireTopic(params.TopicArn);
      const name = params.AttributeName;
      if (name === undefined) throw missingValue("attributeName");
      topic.attributes[name] = params.AttributeValue ?? "";
      return undefined;
    },

    Subscribe: (params: QueryParams): QueryStruct => {
      const topic = requireTopic(params.TopicArn);
      const protocol = params.Protocol;
      if (protocol === undefined) throw missingValue("protocol");
      if (!protocols.has(protocol)) throw invalidParameter(`Invalid parameter: Amazon SNS does not support this protocol string: ${protocol}`);
      const endpointValue = params.Endpoint ?? "";
      if (protocol === "sqs" && !/^arn:aws[\w-]*:sqs:[\w-]+:\d{12}:[\w.-]+$/.test(endpointValue)) {
        throw invalidParameter("Invalid parameter: SQS endpoint ARN");
      }
      const attributes = readEntryMap(params, "Attributes");
      const policyProblem = filterPolicyProblem(attributes);
      if (policyProblem) throw policyProblem;
      const existing = [...subscriptions.values()].find((s) => s.topicArn === topic.arn && s.protocol === protocol && s.endpoint === endpointValue);
      if (existing) return { SubscriptionArn: existing.arn };
      // SQS and Lambda subscriptions are confirmed at once; HTTP(S) and email wait for a confirmation nobody sends here.
      const confirmed = protocol === "sqs" || protocol === "lambda" || protocol === "firehose" || protocol === "application";
      const subscription: Subscription = { arn: `${topic.arn}:${randomUUID()}`, topicArn: topic.arn, protocol, endpoint: endpointValue, attributes, confirmed };
      subscriptions.set(subscription.arn, subscription);
      return { SubscriptionArn: confirmed || params.ReturnSubscriptionArn === "true" ? subscription.arn : "pending confirmation" };
    },

    Unsubscribe: (params: QueryParams): undefined => {
      const arn = params.SubscriptionArn;
      if (arn === undefined) throw missingValue("subscriptionArn");
      if (!subscriptions.delete(arn)) throw subscriptionNotFound();
      return undefined;
    },

    ListSubscriptionsByTopic: (params: QueryParams): QueryStruct => {
      const topic = requireTopic(params.TopicArn);
      return listSubscriptions([...subscriptions.values()].filter((s) => s.topicArn === topic.arn), params.NextToken, accountId);
    },

    ListSubscriptions: (params: QueryParams): QueryStruct => listSubscriptions([...subscriptions.values()], params.NextToken, accountId),

    GetSubscriptionAttributes: (params: QueryParams): QueryStruct => {
      const subscription = subscriptions.get(params.SubscriptionArn ?? "");
      if (subscription === undefined) throw subscriptionNotFound();
      return {
        Attributes: new QueryMap({
          SubscriptionArn: subscription.arn,
          TopicArn: subscription.topicArn,
          Protocol: subscription.protocol,
          Endpoint: subscription.endpoint,
          Owner: accountId,
          PendingConfirmation: String(!subscription.confirmed),
          ConfirmationWasAuthenticated: String(subscription.confirmed),
          RawMessageDelivery: "false",
          ...subscription.attributes,
        }),
      };
    },

    SetSubscriptionAttributes: (params: QueryParams): undefined => {
      const subscription = subscriptions.get(params.SubscriptionArn ?? "");
      if (subscription === undefined) throw subscriptionNotFound();
      const name = params.AttributeName;
      if (name === undefined) throw missingValue("attributeName");
      const attributes = { ...subscription.attributes, [name]: params.AttributeValue ?? "" };
      const problem = filterPolicyProblem(attributes);
      if (problem) throw problem;
      subscription.attributes = attributes;
      return undefined;
    },

    Publish: (params: QueryParams): QueryStruct => {
      if (params.PhoneNumber !== undefined) throw invalidParameter("Invalid parameter: PhoneNumber Reason: SMS is not available locally");
      const targetArn = params.TopicArn ?? params.TargetArn;
      if (targetArn === undefined) throw invalidParameter("Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter");
      const topic = requireTopic(targetArn, params.TopicArn === undefined ? "TargetArn" : "TopicArn");
      const input = readPublishInput(params, topic);
      return { MessageId: publish(topic, input), SequenceNumber: null };
    },
  };

  const listener = createAwsQueryListener({
    service: "sns",
    signingName: "sns",
    region,
    xmlns,
    operations,
    targetOf: (_action, params) => params.TopicArn ?? params.TargetArn ?? params.Name ?? params.SubscriptionArn,
    log,
  });
  const backend = await serveBackend("sns", log, listener);
  endpoint = backend.endpoint;

  return {
    ...backend,
    service: "sns",
    deliveries: () => deliveries.entries(),
    onDelivered: (callback) => deliveries.on(callback),
    waitForDelivery: (predicate, timeoutMs) => deliveries.waitFor(predicate, timeoutMs),
    deliver(topicArn, input) {
      const record = { TopicArn: topicArn, Message: input.message, ...(input.subject === undefined ? {} : { Subject: input.subject }) };
      const topic = topics.get(topicArn);
      if (topic === undefined) {
        log.append({ at: new Date().toISOString(), service: "sns", action: "Publish", target: topicArn, input: record, status: 404, via: input.via });
        throw topicNotFound();
      }
      const messageId = publish(topic, { message: input.message, ...(input.subject === undefined ? {} : { subject: input.subject }), messageAttributes: {} });
      log.append({ at: new Date().toISOString(), service: "sns", action: "Publish", target: topicArn, input: record, status: 200, via: input.via });
      return { messageId };
    },
  };
}

/** Reads and validates Publish's Message, Subject, MessageAttributes and MessageStructure as SNS does. */
function readPublishInput(params: QueryParams, topic: Topic): PublishInput {
  const message = params.Message;
  if (message === undefined) throw missingValue("message");
  if (message === "") throw invalidParameter("Invalid parameter: Empty message");
  const subject = params.Subject;
  // Subjects: ASCII, starting with a letter, digit or punctuation, no line breaks or control characters, under 100 characters.
  if (subject !== undefined && (subject === "" || subject.length > 100 || !/^[A-Za-z0-9!-/:-@[-`{-~][\x20-\x7E]*$/.test(subject))) {
    throw invalidParameter("Invalid parameter: Subject");
  }
  const messageAttributes = readMessageAttributes(params);
  let size = Buffer.byteLength(message, "utf8");
  for (const [name, attribute] of Object.entries(messageAttributes)) {
    size += Buffer.byteLength(name) + Buffer.byteLength(attribute.DataType) + Buffer.byteLength(attribute.StringValue ?? attribute.BinaryValue ?? "");
  }
  if (size > maxMessageBytes) throw invalidParameter("Invalid parameter: Message too long");
  const structure = params.MessageStructure;
  if (structure !== undefined) {
    if (structure !== "json") throw invalidParameter("Invalid parameter: MessageStructure");
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      // SNS reports the parse failure in its own words.
      throw invalidParameter("Invalid parameter: Message Structure - JSON message body failed to parse");
    }
    if (typeof parsed !== "object" || parsed === null || typeof (parsed as Record<string, unknown>).default !== "string") {
      throw invalidParameter("Invalid parameter: Message Structure - No default entry in JSON message body");
    }
  }
  const fifo = topic.name.endsWith(".fifo");
  if (fifo && params.MessageGroupId === undefined) {
    throw invalidParameter("Invalid parameter: The MessageGroupId parameter is required for FIFO topics");
  }
  if (!fifo && params.MessageGroupId !== undefined && params.MessageDeduplicationId !== undefined) {
    throw invalidParameter("Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type");
  }
  return {
    message,
    ...(subject === undefined ? {} : { subject }),
    messageAttributes,
    ...(structure === undefined ? {} : { messageStructure: structure }),
    ...(params.MessageGroupId === undefined ? {} : { groupId: params.MessageGroupId }),
    ...(params.MessageDeduplicationId === undefined ? {} : { deduplicationId: params.MessageDeduplicationId }),
  };
}

/** With `MessageStructure=json`, each protocol gets its own entry, falling back to `default`. */
function messageFor(input: PublishInput, protocol: string): string {
  if (input.messageStructure !== "json") return input.message;
  const perProtocol = JSON.parse(input.message) as Record<string, unknown>;
  const specific = perProtocol[protocol];
  return typeof specific === "string" ? specific : String(perProtocol.default);
}

/** Raw message delivery carries SNS message attributes over as SQS message attributes. */
function toSqsAttributes(attributes: SnsMessageAttributes): SqsMessageAttributes {
  const result: SqsMessageAttributes = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    result[name] =
      attribute.BinaryValue !== undefined
        ? { DataType: attribute.DataType, BinaryValue: attribute.BinaryValue }
        : { DataType: attribute.DataType, StringValue: attribute.StringValue ?? "" };
  }
  return result;
}

function listSubscriptions(all: Subscription[], nextToken: string | undefined, owner: string): QueryStruct {
  const start = Number(nextToken ?? "0");
  const page = all.slice(start, start + subscriptionPageSize);
  return {
    Subscriptions: new QueryList(
      page.map((s) => ({
        SubscriptionArn: s.confirmed ? s.arn : "PendingConfirmation",
        Owner: owner,
        Protocol: s.protocol,
        Endpoint: s.endpoint,
        TopicArn: s.topicArn,
      })),
    ),
    NextToken: start + page.length < all.length ? String(start + page.length) : null,
  };
}

function defaultTopicPolicy(topicArn: string, accountId: string): string {
  return JSON.stringify({
    Version: "2008-10-17",
    Id: "__default_policy_ID",
    Statement: [
      {
        Sid: "__default_statement_ID",
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: ["SNS:GetTopicAttributes", "SNS:SetTopicAttributes", "SNS:AddPermission", "SNS:RemovePermission", "SNS:DeleteTopic", "SNS:Subscribe", "SNS:ListSubscriptionsByTopic", "SNS:Publish"],
        Resource: topicArn,
        Condition: { StringEquals: { "AWS:SourceOwner": accountId } },
      },
    ],
  });
}
