import { createHash } from "node:crypto";
import type { SnsMessageAttributes } from "./messageAttributes";

/** What a notification is built from. */
export interface NotificationInput {
  messageId: string;
  topicArn: string;
  subscriptionArn: string;
  message: string;
  subject?: string;
  timestamp: Date;
  messageAttributes: SnsMessageAttributes;
  /** Base URL for the signing-certificate and unsubscribe links. */
  endpoint: string;
}

/**
 * The JSON document SNS delivers to an SQS subscriber without raw message delivery, members in
 * SNS's order. `Signature` is a SHA-256 digest of SNS's string to sign, not an RSA signature: there
 * is no certificate to verify it against locally.
 */
export function buildNotification(input: NotificationInput): Record<string, unknown> {
  const timestamp = input.timestamp.toISOString();
  const stringToSign = [
    "Message",
    input.message,
    "MessageId",
    input.messageId,
    ...(input.subject === undefined ? [] : ["Subject", input.subject]),
    "Timestamp",
    timestamp,
    "TopicArn",
    input.topicArn,
    "Type",
    "Notification",
    "",
  ].join("\n");
  const attributes = Object.entries(input.messageAttributes);
  return {
    Type: "Notification",
    MessageId: input.messageId,
    TopicArn: input.topicArn,
    ...(input.subject === undefined ? {} : { Subject: input.subject }),
    Message: input.message,
    Timestamp: timestamp,
    SignatureVersion: "1",
    Signature: createHash("sha256").update(stringToSign).digest("base64"),
    SigningCertURL: `${input.endpoint}/SimpleNotificationService-local.pem`,
    UnsubscribeURL: `${input.endpoint}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(input.subscriptionArn)}`,
    ...(attributes.length === 0
      ? {}
      : {
          MessageAttributes: Object.fromEntries(
            attributes.map(([name, attribute]) => [name, { Type: attribute.DataType, Value: attribute.StringValue ?? attribute.BinaryValue ?? "" }]),
          ),
        }),
  };
}
