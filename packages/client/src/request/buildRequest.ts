import { Readable } from "node:stream";
import { InvalidInputError } from "../errors/InvalidInputError";
import type { CallOptions, HttpMethod, OperationInput, RouteDescriptor } from "../runtime/contract";
import { bufferBody, maxPayloadBytes } from "../transport/bufferBody";
import { expandPath } from "./expandPath";
import { formatQuery, type QueryPairs, queryPairs } from "./encodeQuery";
import { acceptFor, contentTypeFor } from "./mediaTypes";

/** A request before signing: everything the wire needs except the signature headers. */
export interface UnsignedRequest {
  method: string;
  /** `https:` or `http:` */
  protocol: string;
  /** `host[:port]`, the port only when it is not the scheme's default. */
  host: string;
  origin: string;
  /** Encoded path, stage included: `/v1/items/a%20b`. */
  path: string;
  query: QueryPairs;
  /** `a=1&a=2`, or "" */
  queryString: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
}

export interface BuildContext {
  /** The template's base URL, stage included: `https://id.execute-api.us-east-1.amazonaws.com/v1`. */
  baseUrl: URL;
  /** `template.operationId`, for messages. */
  operation: string;
  apiKey: string | undefined;
  userAgent: string;
  options: CallOptions | undefined;
}

/** Turn a route and a call's input into the request to sign (streams are read here, once). */
export async function buildRequest(
  route: RouteDescriptor,
  input: OperationInput | undefined,
  context: BuildContext,
): Promise<UnsignedRequest> {
  const { baseUrl, operation } = context;
  const method = methodOf(route, input, operation);
  const basePath = baseUrl.pathname.replace(/\/+$/, "");
  const path = basePath + expandPath(route.path, route.pathParams, input?.path, operation);
  const query = queryPairs(route.queryParams, input?.query, operation);

  const headers: Record<string, string> = { "user-agent": context.userAgent, accept: acceptFor(route) };
  for (const param of route.headerParams) {
    if (param.required && input?.headers?.[param.name] === undefined) {
      throw new InvalidInputError(`${operation} needs header "${param.name}".`);
    }
  }
  for (const [name, value] of Object.entries(input?.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = String(value);
  }
  for (const [name, value] of Object.entries(context.options?.headers ?? {})) headers[name.toLowerCase()] = value;
  const apiKey = context.options?.apiKey ?? context.apiKey;
  if (route.apiKeyRequired && apiKey !== undefined) headers["x-api-key"] = apiKey;

  const body = await bodyOf(route, input, operation);
  const contentType = contentTypeFor(route, input);
  if (body !== undefined && contentType !== undefined) headers["content-type"] ??= contentType;

  return {
    method,
    protocol: baseUrl.protocol,
    host: baseUrl.host,
    origin: baseUrl.origin,
    path,
    query,
    queryString: formatQuery(query),
    headers,
    body,
  };
}

function methodOf(route: RouteDescriptor, input: OperationInput | undefined, operation: string): HttpMethod {
  if (route.method !== "ANY") return route.method;
  if (!input?.method) throw new InvalidInputError(`${operation} is an ANY route: pass the HTTP method as input.method.`);
  return input.method;
}

async function bodyOf(
  route: RouteDescriptor,
  input: OperationInput | undefined,
  operation: string,
): Promise<string | Uint8Array | undefined> {
  const value = input?.body;
  if (route.body.kind === "none" || value === undefined) {
    if (route.body.required) throw new InvalidInputError(`${operation} needs a body.`);
    return undefined;
  }
  let body: string | Uint8Array;
  if (route.body.kind === "json") {
    body = JSON.stringify(value);
  } else if (value instanceof Readable) {
    body = await bufferBody(value);
  } else if (value instanceof Uint8Array || typeof value === "string") {
    body = value;
  } else {
    throw new InvalidInputError(`${operation} sends bytes: pass a Uint8Array, a Buffer, a string or a Readable stream.`);
  }
  const size = typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
  if (size > maxPayloadBytes) {
    throw new InvalidInputError(
      `${operation}'s body is ${size} bytes, over API Gateway's ${maxPayloadBytes}-byte payload limit: send less.`,
    );
  }
  return body;
}

/** `GET https://host/v1/items?x=1`, for messages. */
export function describeRequest(request: Pick<UnsignedRequest, "method" | "origin" | "path" | "queryString">): string {
  return `${request.method} ${request.origin}${request.path}${request.queryString ? `?${request.queryString}` : ""}`;
}
