import type { RequestContext } from "../../context/request-context";
import { lastHeader, type RequestHeaders } from "../../request/method-request";

/**
 * Fills the `$context` variables API Gateway sets once the integration has answered (variables for
 * data transformations and access logging): `$context.integration.{status, integrationStatus,
 * latency, requestId, error}`, `$context.integrationStatus`, `$context.integrationLatency`, and
 * `$context.awsEndpointRequestId` / `awsEndpointRequestId2` — the AWS endpoint's request id from
 * `x-amzn-RequestId` or `x-amz-request-id`, and S3's `x-amz-id-2`.
 */
export function recordIntegrationContext(
  context: RequestContext,
  outcome: { status?: number; headers?: RequestHeaders; latencyMs: number; error?: string },
): void {
  const requestId = outcome.headers === undefined ? undefined : (lastHeader(outcome.headers, "x-amzn-requestid") ?? lastHeader(outcome.headers, "x-amz-request-id"));
  const requestId2 = outcome.headers === undefined ? undefined : lastHeader(outcome.headers, "x-amz-id-2");
  const status = outcome.status === undefined ? "" : String(outcome.status);
  context.integration = {
    error: outcome.error ?? "",
    integrationStatus: status,
    latency: outcome.latencyMs,
    requestId: requestId ?? "",
    status,
  };
  context.integrationStatus = status;
  context.integrationLatency = outcome.latencyMs;
  context.awsEndpointRequestId = requestId ?? "";
  context.awsEndpointRequestId2 = requestId2 ?? "";
}
