import { payloadBytes } from "../../map/binary";
import type { IntegrationRequest } from "../integration";
import type { AwsTarget } from "./aws-target";
import type { ResolvedEndpoint } from "./resolve-endpoint";
import type { OutgoingRequest } from "./sign-request";
import { encodeLiteralPath } from "./uri-encode";

// Never sent as mapped: the connection's own headers, and those the signature owns.
const DROPPED_HEADERS = new Set([
  "host",
  "content-length",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "upgrade",
  "expect",
  "te",
  "trailer",
  "authorization",
  "x-amz-date",
  "x-amz-security-token",
  "x-amz-content-sha256",
]);

const NO_BODY_METHODS = new Set(["GET", "HEAD"]);

/**
 * The request API Gateway sends to the service for an AWS integration:
 * - `action/{Action}[&k=v]`: `{method} /?Action={Action}&k=v&<mapped query>` — API Gateway adds the
 *   `Action` query parameter for every action URI (LocalStack's AWS-validated execute-api suite);
 *   for the JSON services it also addresses by header (DynamoDB, Step Functions, Kinesis) it sets
 *   `X-Amz-Target: <prefix>.<Action>` and, when the request has none, the protocol's Content-Type.
 *   Mapped headers (`integration.request.header.*`, `$context.requestOverride`) always win.
 * - `path/{path}`: `{method} /{path}` with the mapped query, headers and body as they are. An S3
 *   `{bucket}.s3` subdomain is virtual-host addressing on AWS and path-style (`/{bucket}/{path}`)
 *   on an endpoint override; `path//` is the service root.
 */
export function buildServiceRequest(target: AwsTarget, request: IntegrationRequest, endpoint: ResolvedEndpoint): OutgoingRequest {
  const headers: Record<string, string> = {};
  for (const name in request.headers) {
    const lower = name.toLowerCase();
    if (DROPPED_HEADERS.has(lower)) continue;
    const value = request.headers[name]!;
    headers[lower] = typeof value === "string" ? value : value.join(", ");
  }
  headers.host = endpoint.base.host;

  const basePath = endpoint.base.pathname.replace(/\/+$/, "");
  let path: string;
  const query: [string, string][] = [];
  if (target.kind === "action") {
    path = `${basePath}/`;
    if (!request.query.some(([name]) => name === "Action")) query.push(["Action", target.action]);
    for (const name in target.actionParams) query.push([name, target.actionParams[name]!]);
    const protocol = target.protocol;
    if (protocol.autoTarget && protocol.targetPrefix !== undefined) {
      headers["x-amz-target"] ??= `${protocol.targetPrefix}.${target.action}`;
      if (protocol.jsonContentType !== undefined) headers["content-type"] ??= protocol.jsonContentType;
    }
  } else {
    let resourcePath = `/${encodeLiteralPath(target.path)}`.replace(/^\/{2,}/, "/");
    if (target.service === "s3" && target.subdomain !== undefined && endpoint.overridden) {
      resourcePath = `/${encodeLiteralPath(target.subdomain)}${resourcePath}`;
    }
    path = `${basePath}${resourcePath}`;
  }
  query.push(...request.query);

  const method = request.method.toUpperCase();
  return {
    method,
    origin: new URL(endpoint.base.origin),
    path,
    query,
    headers,
    body: NO_BODY_METHODS.has(method) ? Buffer.alloc(0) : payloadBytes(request.body),
  };
}
