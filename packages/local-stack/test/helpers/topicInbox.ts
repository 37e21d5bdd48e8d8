import { randomUUID } from "node:crypto";
import { type AwsCaller, callJsonProtocol, callQueryProtocol, createAwsCaller, JSON_PROTOCOLS, type LocalStack } from "../../src";
import { pollUntil } from "./callApi";

/** An SNS notification as delivered to an SQS subscription (raw delivery off). */
export interface Notification {
  Type: string;
  MessageId: string;
  TopicArn: string;
  Subject?: string;
  Message: string;
  MessageAttributes?: Record<string, { Type: string; Value: string }>;
}

/** An SQS queue subscribed to the sns template's topic, to read back what was published. */
export interface TopicInbox {
  /** The first notification `match` accepts, waiting for SNS to deliver it (bounded). */
  find(match: (notification: Notification) => boolean): Promise<Notification>;
  close(): Promise<void>;
}

/**
 * Creates a queue and subscribes it to the sns template's topic, through the stack's endpoints with
 * the package's own signed caller — so it works the same on the embedded backends and on moto_server.
 */
export async function subscribeInbox(stack: LocalStack): Promise<TopicInbox> {
  const caller: AwsCaller = createAwsCaller({ endpoints: stack.endpoints, region: "us-east-1", credentials: stack.credentials, timeoutMs: 10_000 });
  const topicArn = stack.templates.find((t) => t.name === "sns")!.resources["Topic"]!.physicalId;
  const queueUrl = String((await callJsonProtocol(caller, JSON_PROTOCOLS.sqs, "CreateQueue", { QueueName: `sns-inbox-${randomUUID()}` }))["QueueUrl"]);
  const { Attributes } = (await callJsonProtocol(caller, JSON_PROTOCOLS.sqs, "GetQueueAttributes", { QueueUrl: queueUrl, AttributeNames: ["QueueArn"] })) as { Attributes: { QueueArn: string } };
  await callQueryProtocol(caller, "sns", "2010-03-31", "Subscribe", { TopicArn: topicArn, Protocol: "sqs", Endpoint: Attributes.QueueArn });
  const seen: Notification[] = [];
  return {
    async find(match) {
      await pollUntil(
        async () => {
          // Long polling (1 s) returns as soon as a message arrives: no pause between tries.
          const answer = (await callJsonProtocol(caller, JSON_PROTOCOLS.sqs, "ReceiveMessage", { QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 })) as { Messages?: { Body: string }[] };
          for (const message of answer.Messages ?? []) seen.push(JSON.parse(message.Body) as Notification);
          return seen;
        },
        (all) => all.some(match),
        { tries: 10, pauseMs: 0 },
      );
      return seen.find(match)!;
    },
    close: () => caller.close(),
  };
}
