import { callJson, callQuery, signedFetch } from "@apigw-playground/backends/testing";

/** An AWS JSON-protocol call (`X-Amz-Target`) to a local backend, failing the test on an error answer. */
export async function jsonCall(
  endpoint: string,
  service: string,
  target: string,
  body: unknown,
  contentType = "application/x-amz-json-1.0",
): Promise<Record<string, unknown>> {
  const answer = await callJson(endpoint, { service, target, body, contentType });
  if (answer.status !== 200) throw new Error(`${target} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** S3 CreateBucket on a local backend, failing the test on an error answer. */
export async function createBucket(endpoint: string, bucket: string): Promise<void> {
  const answer = await signedFetch({ service: "s3", url: `${endpoint}/${bucket}`, method: "PUT" });
  if (answer.status !== 200) throw new Error(`CreateBucket answered ${answer.status}: ${await answer.text()}`);
}

/** A Query-protocol call (form body) to a local backend, failing the test on an error answer. */
export async function queryCall(endpoint: string, service: string, params: Record<string, string>): Promise<string> {
  const answer = await callQuery(endpoint, { service, params });
  if (answer.status !== 200) throw new Error(`${params.Action} answered ${answer.status}: ${answer.text}`);
  return answer.text;
}
