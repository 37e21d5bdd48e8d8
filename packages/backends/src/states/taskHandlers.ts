import { createHash } from "node:crypto";
import type { Peers } from "../peers";
import { parseQueueUrl } from "../sqs/queueUrl";
import { walkStates } from "./walkStates";

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type TaskHandler = (input: JsonValue) => Promise<JsonValue>;

/** An error a Task state fails with; `name` is the Step Functions error name Retry/Catch match on. */
class TaskError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * Local handlers for every Task state of a definition. The optimised integrations
 * `arn:aws:states:::sqs:sendMessage` and `arn:aws:states:::sns:publish` run against the SQS and
 * SNS backends of the set and answer what AWS answers (`{MessageId, MD5OfMessageBody}`,
 * `{MessageId}`); any other resource (Lambda, `.sync`, `.waitForTaskToken`, other services) fails
 * the state with `States.TaskFailed` and says so, instead of calling AWS.
 */
export function taskHandlers(definition: unknown, peers: Peers, region: string): Record<string, TaskHandler> {
  const handlers: Record<string, TaskHandler> = {};
  for (const { name, state } of walkStates(definition)) {
    if (state.Type !== "Task") continue;
    const resource = String(state.Resource ?? "");
    handlers[name] = async (input) => runTask(resource, input, peers, region);
  }
  return handlers;
}

function runTask(resource: string, input: JsonValue, peers: Peers, region: string): JsonValue {
  const parameters = typeof input === "object" && input !== null && !Array.isArray(input) ? input : {};
  if (resource === "arn:aws:states:::sqs:sendMessage" && peers.sqs) {
    const address = parseQueueUrl(String(parameters.QueueUrl ?? ""));
    if (address === undefined) throw new TaskError("SQS.InvalidAddressException", `The address ${String(parameters.QueueUrl)} is not valid for this endpoint.`);
    const body = typeof parameters.MessageBody === "string" ? parameters.MessageBody : JSON.stringify(parameters.MessageBody ?? null);
    try {
      const groupId = typeof parameters.MessageGroupId === "string" ? parameters.MessageGroupId : undefined;
      const { messageId } = peers.sqs.deliver(`arn:aws:sqs:${region}:${address.accountId}:${address.name}`, {
        body,
        via: "states",
        ...(groupId === undefined ? {} : { groupId }),
        ...(typeof parameters.MessageDeduplicationId === "string" ? { deduplicationId: parameters.MessageDeduplicationId } : {}),
      });
      return { MessageId: messageId, MD5OfMessageBody: md5Hex(body) };
    } catch (error) {
      throw new TaskError("SQS.QueueDoesNotExistException", error instanceof Error ? error.message : String(error));
    }
  }
  if (resource === "arn:aws:states:::sns:publish" && peers.sns) {
    const message = typeof parameters.Message === "string" ? parameters.Message : JSON.stringify(parameters.Message ?? null);
    try {
      const subject = typeof parameters.Subject === "string" ? parameters.Subject : undefined;
      const { messageId } = peers.sns.deliver(String(parameters.TopicArn ?? parameters.TargetArn ?? ""), {
        message,
        via: "states",
        ...(subject === undefined ? {} : { subject }),
      });
      return { MessageId: messageId };
    } catch (error) {
      throw new TaskError("SNS.NotFoundException", error instanceof Error ? error.message : String(error));
    }
  }
  throw new TaskError("States.TaskFailed", `The local Step Functions backend does not run Task resource ${resource}; only sqs:sendMessage and sns:publish are served locally.`);
}

function md5Hex(text: string): string {
  return createHash("md5").update(text, "utf8").digest("hex");
}
