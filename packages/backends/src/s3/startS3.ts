import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCredentials } from "../http/checkCredentials";
import { resolveBackendOptions } from "../options";
import type { RecordLog } from "../record/RecordLog";
import { newRequestLog, serveBackend } from "../serveBackend";
import type { Backend, BackendOptions, ReceivedRequest } from "../types";
import { classifyS3Request, type S3RequestInfo } from "./classifyS3Request";
import { s3ErrorXml } from "./s3ErrorXml";

/** Query parameters of a presigned URL, which s3rver must not try to verify. */
const presignParameters = ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature", "X-Amz-Security-Token"];

/**
 * s3rver writes this namespace on ListObjects/ListBuckets results; S3's is
 * `http://s3.amazonaws.com/doc/2006-03-01/`. Both are 39 characters, so the fix keeps Content-Length.
 */
const s3rverNamespace = "http://doc.s3.amazonaws.com/2006-03-01/";
const s3Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

/** The HTTP methods S3's REST API has operations for. */
const s3Methods = new Set(["GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS"]);

/** The local S3 backend. */
export interface S3Backend extends Backend {
  service: "s3";
  /** The temporary directory s3rver keeps buckets in; `stop()` deletes it. */
  directory: string;
}

interface S3Engine {
  handle: (request: IncomingMessage, response: ServerResponse) => void;
  metadataOf: (bucket: string, key: string) => Promise<Record<string, string | number>>;
}

/**
 * Starts a local S3: s3rver (path-style REST API on the file system) in a temporary directory that
 * `stop()` deletes, behind a thin layer that does what s3rver does not: it refuses unsigned
 * requests as S3 does for private buckets (403 AccessDenied), checks the credential scope, accepts
 * any SigV4 signature (s3rver only knows its own demo key), fixes the ListBucketResult namespace,
 * adds request ids, and records PutObject/GetObject/DeleteObject/ListObjectsV2… with bucket, key,
 * size and content type.
 */
export async function startS3(options: BackendOptions = {}): Promise<S3Backend> {
  const { region } = resolveBackendOptions(options);
  const directory = await mkdtemp(join(tmpdir(), "apigw-playground-s3-"));
  const log = newRequestLog("s3");
  // s3rver (Koa, winston) costs ~200 ms to load; load it when the first request arrives, not at start.
  let engine: Promise<S3Engine> | undefined;
  const loadS3rver = () => {
    engine ??= import("s3rver").then(({ default: S3rver }) => {
      const app = new S3rver({ directory, silent: true, allowMismatchedSignatures: true });
      return { handle: app.callback(), metadataOf: (bucket, key) => app.store.getMetadata(bucket, key) };
    });
    return engine;
  };
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    void handle(request, response, region, log, loadS3rver);
  };
  const backend = await serveBackend("s3", log, listener, () => rm(directory, { recursive: true, force: true }));
  return { ...backend, service: "s3", directory };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  region: string,
  log: RecordLog<ReceivedRequest>,
  loadS3rver: () => Promise<S3Engine>,
): Promise<void> {
  const requestId = randomBytes(8).toString("hex").toUpperCase();
  const hostId = randomBytes(32).toString("base64");
  response.setHeader("x-amz-request-id", requestId);
  response.setHeader("x-amz-id-2", hostId);
  const url = new URL(request.url ?? "/", "http://localhost");
  const info = classifyS3Request(request.method ?? "GET", url, request.headers);
  response.on("finish", () => {
    record(log, info, request, response, loadS3rver).catch((error: unknown) => {
      // A record that cannot be written is a bug here, not the client's: say so where it shows.
      process.emitWarning(`S3 backend could not record ${info.action}: ${String(error)}`);
    });
  });

  const problem = checkCredentials(request.headers, url.searchParams, { service: "s3", region });
  if (problem) {
    request.resume();
    // S3 refuses anonymous access to a private bucket with AccessDenied, and a mis-scoped credential as a malformed header.
    const [status, code, message] =
      problem.name === "MissingAuthenticationToken"
        ? [403, "AccessDenied", "Access Denied"]
        : [400, "AuthorizationHeaderMalformed", `The authorization header is malformed; ${problem.message}`];
    const body = s3ErrorXml(code, message, requestId, hostId);
    response.writeHead(status, { "content-type": "application/xml", "content-length": String(Buffer.byteLength(body)) });
    response.end(body);
    return;
  }

  if (!s3Methods.has(request.method ?? "")) {
    request.resume();
    // S3 answers a method it has no operation for with 405 MethodNotAllowed (s3rver would say 404).
    const body = s3ErrorXml("MethodNotAllowed", "The specified method is not allowed against this resource.", requestId, hostId);
    response.writeHead(405, { "content-type": "application/xml", "content-length": String(Buffer.byteLength(body)), allow: [...s3Methods].join(", ") });
    response.end(body);
    return;
  }

  // s3rver verifies signatures only for its own demo key; the signature was accepted above, so it sees an anonymous request.
  delete request.headers.authorization;
  for (const name of presignParameters) url.searchParams.delete(name);
  request.url = url.pathname + (url.search === "?" ? "" : url.search);
  fixListNamespace(response);
  let s3rver: S3Engine;
  try {
    s3rver = await loadS3rver();
  } catch (error) {
    request.resume();
    const body = s3ErrorXml("InternalError", `The local S3 engine (s3rver) could not be loaded: ${String(error)}`, requestId, hostId);
    response.writeHead(500, { "content-type": "application/xml", "content-length": String(Buffer.byteLength(body)) });
    response.end(body);
    return;
  }
  s3rver.handle(request, response);
}

/** Rewrites s3rver's list-result namespace to S3's as the body is written (same length, so headers stay right). */
function fixListNamespace(response: ServerResponse): void {
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((...args: unknown[]) => {
    const [chunk] = args;
    if (typeof chunk === "string" && chunk.includes(s3rverNamespace)) args[0] = chunk.replaceAll(s3rverNamespace, s3Namespace);
    else if (Buffer.isBuffer(chunk) && chunk.includes(s3rverNamespace)) args[0] = Buffer.from(chunk.toString("utf8").replaceAll(s3rverNamespace, s3Namespace), "utf8");
    return end(...args);
  }) as ServerResponse["end"];
}

async function record(log: RecordLog<ReceivedRequest>, info: S3RequestInfo, request: IncomingMessage, response: ServerResponse, loadS3rver: () => Promise<S3Engine>): Promise<void> {
  const input: Record<string, unknown> = { ...(info.bucket === undefined ? {} : { bucket: info.bucket }), ...(info.key === undefined ? {} : { key: info.key }) };
  const ok = response.statusCode < 300;
  if (info.action === "PutObject" || info.action === "CopyObject") {
    // The stored object says what arrived (size after any transfer encoding, the content type kept).
    const stored = ok && info.bucket !== undefined && info.key !== undefined ? await storedMetadata(loadS3rver, info.bucket, info.key) : undefined;
    input.size = Number(stored?.["content-length"] ?? request.headers["x-amz-decoded-content-length"] ?? request.headers["content-length"] ?? 0);
    input.contentType = String(stored?.["content-type"] ?? request.headers["content-type"] ?? "binary/octet-stream");
  } else if ((info.action === "GetObject" || info.action === "HeadObject") && ok) {
    input.size = Number(response.getHeader("content-length") ?? 0);
    input.contentType = String(response.getHeader("content-type") ?? "");
  }
  const query = Object.fromEntries(new URL(request.url ?? "/", "http://localhost").searchParams);
  if (Object.keys(query).length > 0) input.query = query;
  log.append({
    at: new Date().toISOString(),
    service: "s3",
    action: info.action,
    ...(info.bucket === undefined ? {} : { target: info.bucket }),
    input,
    status: response.statusCode,
  });
}

async function storedMetadata(loadS3rver: () => Promise<S3Engine>, bucket: string, key: string): Promise<Record<string, string | number> | undefined> {
  try {
    return await (await loadS3rver()).metadataOf(bucket, key);
  } catch (error) {
    // Deleted again before the record was written: the request headers describe the upload instead.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
