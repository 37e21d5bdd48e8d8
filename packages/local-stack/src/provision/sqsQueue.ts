import { callJsonProtocol, JSON_PROTOCOLS } from "../aws/callJsonProtocol";
import { acceptExisting } from "./acceptExisting";
import { ignoredProperties, type Provisioner } from "./provisioner";

/** `AWS::SQS::Queue` properties that are CreateQueue attributes of the same name. */
const QUEUE_ATTRIBUTES = [
  "ContentBasedDeduplication",
  "DeduplicationScope",
  "DelaySeconds",
  "FifoQueue",
  "FifoThroughputLimit",
  "KmsDataKeyReusePeriodSeconds",
  "KmsMasterKeyId",
  "MaximumMessageSize",
  "MessageRetentionPeriod",
  "ReceiveMessageWaitTimeSeconds",
  "RedriveAllowPolicy",
  "RedrivePolicy",
  "SqsManagedSseEnabled",
  "VisibilityTimeout",
];

/**
 * `AWS::SQS::Queue` → CreateQueue (AWS JSON 1.0) with its attributes as strings (numbers and
 * booleans as text, redrive policies as JSON, as the SQS API takes them). The queue URL the
 * service answers is remembered for queue policies.
 */
export const sqsQueue: Provisioner = {
  service: "sqs",
  async provision({ resource, caller, queueUrls }) {
    const props = resource.properties;
    const name = resource.attributes["QueueName"] ?? String(props["QueueName"] ?? "");
    const attributes: Record<string, string> = {};
    for (const attribute of QUEUE_ATTRIBUTES) {
      const value = props[attribute];
      if (value !== undefined) attributes[attribute] = typeof value === "object" ? JSON.stringify(value) : String(value);
    }
    const created = await acceptExisting(
      () => callJsonProtocol(caller, JSON_PROTOCOLS.sqs, "CreateQueue", { QueueName: name, ...(Object.keys(attributes).length === 0 ? {} : { Attributes: attributes }) }),
      // CreateQueue is idempotent for identical attributes; a queue left over with other
      // attributes is reused as it is (its URL looked up below).
      ["QueueAlreadyExists", "QueueNameExists"],
    );
    const url =
      created.status === "created"
        ? String(created.value["QueueUrl"])
        : String((await callJsonProtocol(caller, JSON_PROTOCOLS.sqs, "GetQueueUrl", { QueueName: name }))["QueueUrl"]);
    queueUrls.set(resource.physicalId, url);
    return { status: created.status, serviceId: url, ignoredProperties: ignoredProperties(resource, ["QueueName", ...QUEUE_ATTRIBUTES]) };
  },
};
