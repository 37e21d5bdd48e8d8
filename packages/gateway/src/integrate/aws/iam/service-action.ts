import type { AwsTarget } from "../aws-target";
import type { OutgoingRequest } from "../sign-request";

/** What IAM authorizes for one service call: `service:Action` on each resource. */
export interface ServiceAction {
  /** The IAM service prefix (`dynamodb`, `s3`, `sns`, `sqs`, `events`, `states`). */
  service: string;
  /** The API action (`PutItem`, `GetObject`, …). */
  action: string;
  /** The resource ARNs the action is authorized on (all must be allowed). */
  resources: string[];
}

/** Where ARNs of the call are built. */
export interface ActionScope {
  region: string;
  accountId: string;
}

/**
 * Works out the IAM action and resources of an AWS integration call, as the service would
 * authorize it: from `X-Amz-Target` (or the action URI) and the JSON body for DynamoDB, Step
 * Functions, EventBridge and SQS; from `Action` and its parameters for the Query services (SNS);
 * from the method and path for S3. Returns undefined when it cannot tell (another service, an
 * action it does not know the resource of, a body that is not JSON): the call then goes unchecked,
 * and the service answers as it would.
 */
export function serviceActionOf(target: AwsTarget, request: OutgoingRequest, scope: ActionScope): ServiceAction | undefined {
  if (target.service === "s3") return s3Action(target, request);
  const params = queryParams(request);
  const targetHeader = request.headers["x-amz-target"];
  if (target.protocol.protocol === "json" && targetHeader !== undefined) {
    const [prefix, operation] = targetHeader.split(".", 2);
    if (prefix !== target.protocol.targetPrefix || operation === undefined) return undefined;
    const body = jsonBody(request.body);
    if (body === undefined) return undefined;
    const resources = jsonResources(target.protocol.signingName, operation, body, scope);
    return resources === undefined ? undefined : { service: target.protocol.signingName, action: operation, resources };
  }
  // Query protocol: Action and parameters from the query string and a form body.
  const form = formBody(request);
  const all = { ...params, ...form };
  const action = all.Action;
  if (action === undefined || action === "") return undefined;
  if (target.service === "sns") {
    const arn = all.TopicArn ?? all.TargetArn;
    return arn === undefined ? undefined : { service: "sns", action, resources: [arn] };
  }
  if (target.service === "sqs" && all.QueueUrl !== undefined) {
    const arn = queueArn(all.QueueUrl, scope);
    return arn === undefined ? undefined : { service: "sqs", action, resources: [arn] };
  }
  return undefined;
}

function jsonResources(service: string, operation: string, body: Record<string, unknown>, scope: ActionScope): string[] | undefined {
  switch (service) {
    case "dynamodb": {
      const table = body.TableName;
      if (typeof table === "string") {
        const tableArn = table.startsWith("arn:") ? table : `arn:aws:dynamodb:${scope.region}:${scope.accountId}:table/${table}`;
        // Query and Scan on an index are authorized on the index ARN (DynamoDB developer guide, "Using IAM with DynamoDB").
        const index = body.IndexName;
        return [typeof index === "string" && (operation === "Query" || operation === "Scan") ? `${tableArn}/index/${index}` : tableArn];
      }
      const items = body.RequestItems;
      if (typeof items === "object" && items !== null) {
        return Object.keys(items).map((name) => (name.startsWith("arn:") ? name : `arn:aws:dynamodb:${scope.region}:${scope.accountId}:table/${name}`));
      }
      return undefined;
    }
    case "states": {
      const arn = body.executionArn ?? body.stateMachineArn;
      return typeof arn === "string" ? [arn] : undefined;
    }
    case "events": {
      if (operation !== "PutEvents" || !Array.isArray(body.Entries)) return undefined;
      const buses = new Set<string>();
      for (const entry of body.Entries) {
        const name = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>).EventBusName : undefined;
        const bus = typeof name === "string" && name !== "" ? name : "default";
        buses.add(bus.startsWith("arn:") ? bus : `arn:aws:events:${scope.region}:${scope.accountId}:event-bus/${bus}`);
      }
      return [...buses];
    }
    case "sqs": {
      const url = body.QueueUrl;
      const arn = typeof url === "string" ? queueArn(url, scope) : undefined;
      return arn === undefined ? undefined : [arn];
    }
    default:
      return undefined;
  }
}

/** `https://sqs.{region}.amazonaws.com/{account}/{name}` (or a local queue URL) → the queue ARN. */
function queueArn(url: string, scope: ActionScope): string | undefined {
  let path: string[];
  try {
    path = new URL(url).pathname.split("/").filter((p) => p !== "");
  } catch {
    // Not a URL: SQS answers that itself (QueueDoesNotExist / InvalidAddress).
    return undefined;
  }
  const [account, name] = path.slice(-2);
  if (account === undefined || name === undefined) return undefined;
  return `arn:aws:sqs:${scope.region}:${account}:${name}`;
}

/** S3 by method and path (path-style after the bucket, or the `{bucket}.s3` subdomain). */
function s3Action(target: AwsTarget, request: OutgoingRequest): ServiceAction | undefined {
  if (target.kind !== "path") return undefined;
  const segments = `${target.subdomain === undefined ? "" : `${target.subdomain}/`}${target.path}`.replace(/^\/+/, "");
  const slash = segments.indexOf("/");
  const bucket = decode(slash < 0 ? segments : segments.slice(0, slash));
  const key = slash < 0 ? "" : decode(segments.slice(slash + 1));
  if (bucket === undefined || key === undefined || bucket === "") return undefined;
  const method = request.method;
  const query = new Set(request.query.map(([name]) => name));
  if (key !== "") {
    const resource = `arn:aws:s3:::${bucket}/${key}`;
    if (method === "GET" || method === "HEAD") return { service: "s3", action: "GetObject", resources: [resource] };
    if (method === "PUT") return { service: "s3", action: "PutObject", resources: [resource] };
    if (method === "DELETE") return { service: "s3", action: "DeleteObject", resources: [resource] };
    return undefined;
  }
  const resource = `arn:aws:s3:::${bucket}`;
  if (method === "HEAD") return { service: "s3", action: "ListBucket", resources: [resource] };
  if (method !== "GET") return undefined;
  if (query.has("location")) return { service: "s3", action: "GetBucketLocation", resources: [resource] };
  if (query.has("versions")) return { service: "s3", action: "ListBucketVersions", resources: [resource] };
  // ListObjects (v1 and v2) and their parameters; bucket sub-resources (?acl, ?policy…) go unchecked.
  const listing = ["list-type", "prefix", "delimiter", "marker", "max-keys", "continuation-token", "start-after", "encoding-type", "fetch-owner"];
  return [...query].every((name) => listing.includes(name)) ? { service: "s3", action: "ListBucket", resources: [resource] } : undefined;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray % in the path: S3 refuses it itself.
    return undefined;
  }
}

function queryParams(request: OutgoingRequest): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of request.query) params[name] = value;
  return params;
}

function formBody(request: OutgoingRequest): Record<string, string> {
  const type = request.headers["content-type"] ?? "";
  if (!type.toLowerCase().startsWith("application/x-www-form-urlencoded") || request.body.length === 0) return {};
  const params: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(Buffer.from(request.body).toString("utf8"))) params[name] = value;
  return params;
}

function jsonBody(body: Uint8Array): Record<string, unknown> | undefined {
  if (body.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(body).toString("utf8"));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    // Not JSON: the service answers SerializationException itself.
    return undefined;
  }
}
