import type { ServiceName } from "@apigw-playground/backends";
import type { AwsCaller } from "./createAwsCaller";

/**
 * Calls an AWS Query-protocol action (SNS): a form-encoded POST of `Action`, `Version` and the
 * parameters. Returns the XML answer as text — the provisioners read the one element they need.
 * @throws AwsServiceError with the `<Code>` and `<Message>` of the error document
 */
export async function callQueryProtocol(
  caller: AwsCaller,
  service: ServiceName,
  version: string,
  action: string,
  params: Record<string, string>,
): Promise<string> {
  const form = new URLSearchParams({ Action: action, Version: version, ...params }).toString();
  const response = await caller.send({
    service,
    action,
    method: "POST",
    path: "/",
    headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
    body: form,
  });
  return response.body.toString("utf8");
}
