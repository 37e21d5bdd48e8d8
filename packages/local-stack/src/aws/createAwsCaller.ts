import type { ServiceName } from "@apigw-playground/backends";
import { SignatureV4 } from "@smithy/signature-v4";
import { Agent, request } from "undici";
import { AwsServiceError } from "../errors/AwsServiceError";
import { parseServiceError } from "./parseServiceError";
import { NodeSha256 } from "./sha256";

/** One request to an AWS service, before signing. */
export interface AwsRequest {
  service: ServiceName;
  /** What the request does, for error messages: `CreateTable`, `CreateBucket`. */
  action: string;
  method: "GET" | "POST" | "PUT" | "DELETE" | "HEAD";
  /** The path, already percent-encoded where needed. @default "/" */
  path?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** What the service answered (2xx only: errors throw). */
export interface AwsResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends signed requests to the endpoints of a local stack. */
export interface AwsCaller {
  /**
   * Signs (SigV4, the service's signing name) and sends a request.
   * @throws AwsServiceError when the service answers 3xx–5xx or cannot be reached in time
   */
  send(request: AwsRequest): Promise<AwsResponse>;
  /** Closes the connection pool. */
  close(): Promise<void>;
}

/** Options of {@link createAwsCaller}. */
export interface AwsCallerOptions {
  /** Base URL of each service. */
  endpoints: Partial<Record<ServiceName, string>>;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Give up on a request after this long (a service that accepts the connection but never answers). */
  timeoutMs: number;
}

/**
 * A small signed AWS client: SigV4 with `@smithy/signature-v4` (hashing on node:crypto), sent with
 * undici over one keep-alive pool. It speaks bytes; the protocol helpers (`callJsonProtocol`,
 * `callQueryProtocol`) and the S3 provisioner shape the requests.
 */
export function createAwsCaller(options: AwsCallerOptions): AwsCaller {
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: 16 });
  const signers = new Map<ServiceName, SignatureV4>();
  const signerFor = (service: ServiceName): SignatureV4 => {
    let signer = signers.get(service);
    if (signer === undefined) {
      signer = new SignatureV4({
        service,
        region: options.region,
        credentials: options.credentials,
        sha256: NodeSha256,
        // S3 signs the path exactly as sent and wants x-amz-content-sha256; every other service
        // signs the normalised, double-encoded path (SigV4 docs, "Create a canonical request").
        uriEscapePath: service !== "s3",
        applyChecksum: service === "s3",
      });
      signers.set(service, signer);
    }
    return signer;
  };

  return {
    async send(call) {
      const endpoint = options.endpoints[call.service];
      if (endpoint === undefined) {
        throw new AwsServiceError({ service: call.service, action: call.action, endpoint: "(none)", code: "NoEndpoint", serviceMessage: `no endpoint is configured for ${call.service}` });
      }
      const base = new URL(endpoint);
      const basePath = base.pathname.replace(/\/$/, "");
      const path = `${basePath}${call.path ?? "/"}`;
      const headers: Record<string, string> = { host: base.host, ...lowerCaseKeys(call.headers ?? {}) };
      if (call.body !== undefined) headers["content-length"] = String(Buffer.byteLength(call.body));
      const signed = await signerFor(call.service).sign({
        method: call.method,
        protocol: base.protocol,
        hostname: base.hostname,
        ...(base.port === "" ? {} : { port: Number(base.port) }),
        path,
        query: call.query ?? {},
        headers,
        ...(call.body === undefined ? {} : { body: call.body }),
      });
      const search = encodeQuery(call.query ?? {});
      const url = `${base.origin}${path}${search === "" ? "" : `?${search}`}`;
      let answer: Awaited<ReturnType<typeof request>>;
      let body: Buffer;
      const signal = AbortSignal.timeout(options.timeoutMs);
      try {
        answer = await request(url, {
          method: call.method,
          headers: signed.headers,
          ...(call.body === undefined ? {} : { body: call.body }),
          dispatcher: agent,
          signal,
        });
        body = Buffer.from(await answer.body.arrayBuffer());
      } catch (cause) {
        const timedOut = signal.aborted;
        throw new AwsServiceError(
          {
            service: call.service,
            action: call.action,
            endpoint,
            code: timedOut ? "TimeoutError" : "NetworkingError",
            serviceMessage: timedOut ? `no answer within ${options.timeoutMs} ms` : cause instanceof Error ? cause.message : String(cause),
          },
          cause,
        );
      }
      const responseHeaders = flattenHeaders(answer.headers);
      if (answer.statusCode >= 300) {
        const parsed = parseServiceError(answer.statusCode, responseHeaders, body.toString("utf8"));
        throw new AwsServiceError({
          service: call.service,
          action: call.action,
          endpoint,
          code: parsed.code,
          serviceMessage: parsed.message,
          httpStatusCode: answer.statusCode,
          ...(parsed.requestId === undefined ? {} : { requestId: parsed.requestId }),
        });
      }
      return { status: answer.statusCode, headers: responseHeaders, body };
    },
    close: () => agent.close(),
  };
}

/** The query string as SigV4 canonicalises it (RFC 3986 escaping, sorted), so what is sent is what was signed. */
function encodeQuery(query: Record<string, string>): string {
  const rfc3986 = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return Object.keys(query)
    .sort()
    .map((name) => `${rfc3986(name)}=${rfc3986(query[name]!)}`)
    .join("&");
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  return flat;
}
