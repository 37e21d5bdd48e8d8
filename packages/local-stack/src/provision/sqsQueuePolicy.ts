import { callJsonProtocol, JSON_PROTOCOLS } from "../aws/callJsonProtocol";
import { ignoredProperties, type Provisioner } from "./provisioner";

/**
 * `AWS::SQS::QueuePolicy` → SetQueueAttributes `Policy` on each queue of `Queues`. A queue created
 * by this template is addressed by the URL CreateQueue answered; any other URL is sent as written.
 */
export const sqsQueuePolicy: Provisioner = {
  service: "sqs",
  async provision({ resource, caller, queueUrls }) {
    const policy = JSON.stringify(resource.properties["PolicyDocument"] ?? {});
    const queues = (resource.properties["Queues"] as string[] | undefined) ?? [];
    await Promise.all(
      queues.map((queue) => callJsonProtocol(caller, JSON_PROTOCOLS.sqs, "SetQueueAttributes", { QueueUrl: queueUrls.get(queue) ?? queue, Attributes: { Policy: policy } })),
    );
    return { status: "created", ignoredProperties: ignoredProperties(resource, ["Queues", "PolicyDocument"]) };
  },
};
