import type { ServiceName } from "@apigw-playground/backends";
import type { AwsCaller } from "./createAwsCaller";

/** The AWS JSON protocol of a service: its `X-Amz-Target` prefix and JSON version. */
export interface JsonProtocol {
  service: ServiceName;
  /** `DynamoDB_20120810`, `AmazonSQS`, `AWSEvents`, `AWSStepFunctions`. */
  targetPrefix: string;
  /** `1.0` (DynamoDB, SQS, Step Functions) or `1.1` (EventBridge). */
  version: "1.0" | "1.1";
}

/** The JSON protocols of the services the stack provisions (from each service's API model). */
export const JSON_PROTOCOLS = {
  dynamodb: { service: "dynamodb", targetPrefix: "DynamoDB_20120810", version: "1.0" },
  sqs: { service: "sqs", targetPrefix: "AmazonSQS", version: "1.0" },
  events: { service: "events", targetPrefix: "AWSEvents", version: "1.1" },
  states: { service: "states", targetPrefix: "AWSStepFunctions", version: "1.0" },
} as const satisfies Record<string, JsonProtocol>;

/**
 * Calls an AWS JSON-protocol action: POST / with `X-Amz-Target: <prefix>.<Action>` and
 * `Content-Type: application/x-amz-json-<version>`; returns the parsed answer.
 * @throws AwsServiceError with the service's `__type` and message
 */
export async function callJsonProtocol(caller: AwsCaller, protocol: JsonProtocol, action: string, input: unknown): Promise<Record<string, unknown>> {
  const response = await caller.send({
    service: protocol.service,
    action,
    method: "POST",
    path: "/",
    headers: { "content-type": `application/x-amz-json-${protocol.version}`, "x-amz-target": `${protocol.targetPrefix}.${action}` },
    body: JSON.stringify(input),
  });
  const text = response.body.toString("utf8");
  return text.trim() === "" ? {} : (JSON.parse(text) as Record<string, unknown>);
}
