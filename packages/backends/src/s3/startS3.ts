import { createHash, randomBytes } from "node:crypto";
import { XMLParser } from "fast-xml-parser";
import type { IncomingMessage, ServerResponse } from "node:http";
import { BackendError } from "../errors/BackendError";
import { toBackendError } from "../errors/toBackendError";
import { checkCredentials } from "../http/checkCredentials";
import { readBody } from "../http/readBody";
import { resolveBackendOptions } from "../options";
import type { RecordLog } from "../record/RecordLog";
import { newRequestLog, serveBackend } from "../serveBackend";
import type { Backend, BackendOptions, ReceivedRequest } from "../types";
import { classifyS3Request, type S3RequestInfo } from "./classifyS3Request";
import { decodeAwsChunked } from "./decodeAwsChunked";
import { copyObjectResultXml, deleteResultXml, listBucketsXml, listObjectsV1Xml, listObjectsV2Xml, locationXml, type S3Owner } from "./renderS3Xml";
import {
  accessDenied,
  badDigest,
  bucketAlreadyOwnedByYou,
  bucketNotEmpty,
  incompleteBody,
  invalidArgument,
  invalidBucketName,
  invalidDigest,
  invalidRange,
  malformedXml,
  methodNotAllowed,
  noSuchBucket,
  noSuchKey,
  notImplemented,
} from "./s3Errors";
import { s3ErrorXml } from "./s3ErrorXml";
import { listObjects, type S3Bucket, type S3Object, S3Store } from "./S3Store";

/** The local S3 backend. */
export interface S3Backend extends Backend {
  service: "s3";
}

/** An answer before it is written. */
interface S3Answer {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

/** Headers S3 stores with an object and returns on GET/HEAD, besides `x-amz-meta-*`. */
const storedHeaders = ["cache-control", "content-disposition", "content-encoding", "content-language", "expires"];
/** `response-*` query parameters that override GET response headers. */
const responseOverrides = ["content-type", "content-language", "expires", "cache-control", "content-disposition", "content-encoding"];

/**
 * Starts a local S3 speaking the REST API, path-style (`/<bucket>/<key>`), kept in memory. It covers
 * what API Gateway's S3 integrations and the local stack use — buckets (Create/Head/Delete/List,
 * GetBucketLocation) and objects (Put with Content-MD5 and aws-chunked bodies, Get with Range and
 * response overrides, Head, Copy, Delete, DeleteObjects, ListObjects v1/v2 with prefix, delimiter
 * and paging) — with S3's XML, headers and error documents. Bodies are stored byte for byte;
 * `%2F` in a key decodes to `/` as on S3. Unsigned requests get 403 AccessDenied.
 */
export async function startS3(options: BackendOptions = {}): Promise<S3Backend> {
  const { region, accountId } = resolveBackendOptions(options);
  const store = new S3Store();
  const log = newRequestLog("s3");
  const owner: S3Owner = { id: createHash("sha256").update(accountId).digest("hex"), displayName: "local" };
  const backend = await serveBackend("s3", log, (request, response) => {
    void handle(request, response, { store, region, owner, log });
  });
  return { ...backend, service: "s3" };
}

interface S3Context {
  store: S3Store;
  region: string;
  owner: S3Owner;
  log: RecordLog<ReceivedRequest>;
}

async function handle(request: IncomingMessage, response: ServerResponse, context: S3Context): Promise<void> {
  const requestId = randomBytes(8).toString("hex").toUpperCase();
  const hostId = randomBytes(32).toString("base64");
  const method = request.method ?? "GET";
  const url = new URL(request.url ?? "/", "http://localhost");
  const info = classifyS3Request(method, url, request.headers);
  let answer: S3Answer;
  let recorded: Record<string, unknown> = {};
  try {
    const problem = checkCredentials(request.headers, url.searchParams, { service: "s3", region: context.region });
    if (problem) {
      request.resume();
      // S3 refuses anonymous access to a private bucket as AccessDenied, and a mis-scoped credential as a malformed header.
      throw problem.name === "MissingAuthenticationToken"
        ? accessDenied()
        : new BackendError("AuthorizationHeaderMalformed", `The authorization header is malformed; ${problem.message}`);
    }
    const body = await readBody(request);
    ({ answer, recorded } = route(info, method, url, request, body, context));
  } catch (error) {
    const failure = toBackendError(error);
    answer = {
      status: failure.$metadata.httpStatusCode,
      headers: { "content-type": "application/xml" },
      body: s3ErrorXml(failure, requestId, hostId),
    };
  }
  const body = answer.body === undefined || method === "HEAD" ? undefined : Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(answer.body, "utf8");
  response.writeHead(answer.status, {
    "x-amz-request-id": requestId,
    "x-amz-id-2": hostId,
    ...answer.headers,
    ...(method === "HEAD" ? {} : { "content-length": String(body?.length ?? 0) }),
  });
  response.end(body);
  const query = Object.fromEntries(url.searchParams);
  for (const name of ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature", "X-Amz-Security-Token"]) delete query[name];
  context.log.append({
    at: new Date().toISOString(),
    service: "s3",
    action: info.action,
    ...(info.bucket === undefined ? {} : { target: info.bucket }),
    input: {
      ...(info.bucket === undefined ? {} : { bucket: info.bucket }),
      ...(info.key === undefined ? {} : { key: info.key }),
      ...recorded,
      ...(Object.keys(query).length === 0 ? {} : { query }),
    },
    status: answer.status,
  });
}

function route(
  info: S3RequestInfo,
  method: string,
  url: URL,
  request: IncomingMessage,
  body: Buffer,
  context: S3Context,
): { answer: S3Answer; recorded: Record<string, unknown> } {
  const { store } = context;
  const none = {};
  const bucketOf = (name: string): S3Bucket => {
    const bucket = store.buckets.get(name);
    if (bucket === undefined) throw noSuchBucket(name);
    return bucket;
  };
  if (!["GET", "HEAD", "PUT", "POST", "DELETE"].includes(method)) {
    throw methodNotAllowed(method, info.key !== undefined ? "OBJECT" : info.bucket !== undefined ? "BUCKET" : "SERVICE");
  }
  switch (info.action) {
    case "ListBuckets":
      return { answer: xml(listBucketsXml([...store.buckets.values()], context.owner)), recorded: none };
    case "CreateBucket": {
      const name = info.bucket!;
      if (!isValidBucketName(name)) throw invalidBucketName(name);
      if (store.buckets.has(name)) {
        // us-east-1 keeps S3's legacy answer: creating a bucket you already own succeeds.
        if (context.region !== "us-east-1") throw bucketAlreadyOwnedByYou(name);
      } else {
        store.buckets.set(name, { name, createdAt: new Date(), objects: new Map() });
      }
      return { answer: { status: 200, headers: { location: `/${name}` } }, recorded: none };
    }
    case "HeadBucket":
      bucketOf(info.bucket!);
      return { answer: { status: 200, headers: { "x-amz-bucket-region": context.region } }, recorded: none };
    case "DeleteBucket": {
      const bucket = bucketOf(info.bucket!);
      if (bucket.objects.size > 0) throw bucketNotEmpty(bucket.name);
      store.buckets.delete(bucket.name);
      return { answer: { status: 204 }, recorded: none };
    }
    case "GetBucketLocation":
      bucketOf(info.bucket!);
      return { answer: xml(locationXml(context.region)), recorded: none };
    case "ListObjectsV2":
      return { answer: xml(listV2(bucketOf(info.bucket!), url.searchParams, context.owner)), recorded: none };
    case "ListObjects":
      return { answer: xml(listV1(bucketOf(info.bucket!), url.searchParams, context.owner)), recorded: none };
    case "DeleteObjects": {
      const bucket = bucketOf(info.bucket!);
      const { keys, quiet } = parseDeleteRequest(body);
      for (const key of keys) bucket.objects.delete(key);
      return { answer: xml(deleteResultXml(keys, quiet)), recorded: { keys } };
    }
    case "PutObject": {
      const bucket = bucketOf(info.bucket!);
      const object = newObject(info.key!, request, uploadedBody(request, body));
      bucket.objects.set(object.key, object);
      return { answer: { status: 200, headers: { etag: object.etag } }, recorded: { size: object.body.length, contentType: object.contentType } };
    }
    case "CopyObject": {
      const bucket = bucketOf(info.bucket!);
      const source = copySource(String(request.headers["x-amz-copy-source"]), store);
      const replace = String(request.headers["x-amz-metadata-directive"] ?? "COPY").toUpperCase() === "REPLACE";
      if (source.bucket === bucket.name && source.object.key === info.key && !replace) {
        throw new BackendError(
          "InvalidRequest",
          "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
        );
      }
      const copy: S3Object = replace
        ? newObject(info.key!, request, source.object.body)
        : { ...source.object, key: info.key!, lastModified: new Date() };
      bucket.objects.set(copy.key, copy);
      return { answer: xml(copyObjectResultXml(copy)), recorded: { size: copy.body.length, contentType: copy.contentType } };
    }
    case "GetObject":
    case "HeadObject": {
      const object = bucketOf(info.bucket!).objects.get(info.key!);
      if (object === undefined) throw noSuchKey(info.key!);
      return { answer: readObject(object, request, url.searchParams), recorded: { size: object.body.length, contentType: object.contentType } };
    }
    case "DeleteObject":
      // Deleting a key that does not exist succeeds on S3.
      bucketOf(info.bucket!).objects.delete(info.key!);
      return { answer: { status: 204 }, recorded: none };
    default:
      throw notImplemented(info.action);
  }
}

function xml(text: string): S3Answer {
  return { status: 200, headers: { "content-type": "application/xml" }, body: text };
}

/** Bucket names: 3–63 characters of lowercase letters, digits, dots and hyphens, starting and ending alphanumerically, not an IP address. */
function isValidBucketName(name: string): boolean {
  return /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) && !name.includes("..") && !/^\d+\.\d+\.\d+\.\d+$/.test(name);
}

/** The bytes of an upload: aws-chunked framing removed, Content-MD5 checked. */
function uploadedBody(request: IncomingMessage, raw: Buffer): Buffer {
  const sha = String(request.headers["x-amz-content-sha256"] ?? "");
  const chunked = sha.startsWith("STREAMING-") || String(request.headers["content-encoding"] ?? "").includes("aws-chunked");
  const body = chunked ? decodeAwsChunked(raw) : raw;
  if (body === undefined) throw incompleteBody();
  const declared = request.headers["x-amz-decoded-content-length"];
  if (chunked && declared !== undefined && Number(declared) !== body.length) throw incompleteBody();
  const md5 = request.headers["content-md5"];
  if (typeof md5 === "string") {
    if (!/^[A-Za-z0-9+/]{22}==$/.test(md5)) throw invalidDigest();
    if (createHash("md5").update(body).digest("base64") !== md5) throw badDigest();
  }
  return body;
}

function newObject(key: string, request: IncomingMessage, body: Buffer): S3Object {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value !== "string") continue;
    if (name.startsWith("x-amz-meta-") || storedHeaders.includes(name)) headers[name] = value;
  }
  // aws-chunked is transfer framing, not part of the stored object's encoding.
  const encoding = headers["content-encoding"]
    ?.split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "aws-chunked")
    .join(", ");
  if (encoding) headers["content-encoding"] = encoding;
  else delete headers["content-encoding"];
  return {
    key,
    body,
    contentType: typeof request.headers["content-type"] === "string" ? request.headers["content-type"] : "binary/octet-stream",
    etag: `"${createHash("md5").update(body).digest("hex")}"`,
    lastModified: new Date(),
    headers,
  };
}

function readObject(object: S3Object, request: IncomingMessage, query: URLSearchParams): S3Answer {
  const base: Record<string, string> = {
    "content-type": object.contentType,
    etag: object.etag,
    "last-modified": object.lastModified.toUTCString(),
    "accept-ranges": "bytes",
    ...object.headers,
  };
  for (const name of responseOverrides) {
    const override = query.get(`response-${name}`);
    if (override !== null) base[name] = override;
  }
  const ifNoneMatch = request.headers["if-none-match"];
  if (ifNoneMatch !== undefined && (ifNoneMatch === "*" || ifNoneMatch.split(",").map((tag) => tag.trim()).includes(object.etag))) {
    return { status: 304, headers: { etag: object.etag, "last-modified": base["last-modified"]! } };
  }
  const ifMatch = request.headers["if-match"];
  if (ifMatch !== undefined && ifMatch !== "*" && !ifMatch.split(",").map((tag) => tag.trim()).includes(object.etag)) {
    throw new BackendError("PreconditionFailed", "At least one of the pre-conditions you specified did not hold", { status: 412, details: { Condition: "If-Match" } });
  }
  const range = parseRange(request.headers.range, object.body.length);
  if (range === undefined) return { status: 200, headers: { ...base, "content-length": String(object.body.length) }, body: object.body };
  const [start, end] = range;
  return {
    status: 206,
    headers: { ...base, "content-range": `bytes ${start}-${end}/${object.body.length}`, "content-length": String(end - start + 1) },
    body: object.body.subarray(start, end + 1),
  };
}

/** `Range: bytes=a-b | a- | -n`; a malformed or multi-range header is ignored as S3 ignores it. */
function parseRange(header: string | undefined, size: number): [number, number] | undefined {
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  let start: number;
  let end: number;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    if (suffix === 0) throw invalidRange(size);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) throw invalidRange(size);
  return [start, end];
}

function listV2(bucket: S3Bucket, query: URLSearchParams, owner: S3Owner): string {
  const maxKeys = readMaxKeys(query);
  const prefix = query.get("prefix") ?? "";
  const delimiter = query.get("delimiter") || undefined;
  const continuationToken = query.get("continuation-token") ?? undefined;
  const startAfter = query.get("start-after") ?? undefined;
  const encodingType = readEncodingType(query);
  let after = startAfter;
  if (continuationToken !== undefined) {
    after = Buffer.from(continuationToken, "base64").toString("utf8");
    if (after === "") throw invalidArgument("The continuation token provided is incorrect", "continuation-token", continuationToken);
  }
  const page = listObjects(bucket, { prefix, maxKeys, ...(delimiter === undefined ? {} : { delimiter }), ...(after === undefined ? {} : { after }) });
  const nextContinuationToken = page.isTruncated && page.last !== undefined ? Buffer.from(page.last, "utf8").toString("base64") : undefined;
  return listObjectsV2Xml(
    bucket.name,
    page,
    {
      prefix,
      maxKeys,
      ...(delimiter === undefined ? {} : { delimiter }),
      ...(continuationToken === undefined ? {} : { continuationToken }),
      ...(nextContinuationToken === undefined ? {} : { nextContinuationToken }),
      ...(startAfter === undefined ? {} : { startAfter }),
      ...(encodingType === undefined ? {} : { encodingType }),
    },
    keyEncoder(encodingType),
    query.get("fetch-owner") === "true" ? owner : undefined,
  );
}

function listV1(bucket: S3Bucket, query: URLSearchParams, owner: S3Owner): string {
  const maxKeys = readMaxKeys(query);
  const prefix = query.get("prefix") ?? "";
  const delimiter = query.get("delimiter") || undefined;
  const marker = query.get("marker") ?? "";
  const encodingType = readEncodingType(query);
  const page = listObjects(bucket, { prefix, maxKeys, ...(delimiter === undefined ? {} : { delimiter }), ...(marker === "" ? {} : { after: marker }) });
  return listObjectsV1Xml(
    bucket.name,
    page,
    { prefix, marker, maxKeys, ...(delimiter === undefined ? {} : { delimiter }), ...(encodingType === undefined ? {} : { encodingType }) },
    keyEncoder(encodingType),
    owner,
  );
}

function readMaxKeys(query: URLSearchParams): number {
  const text = query.get("max-keys");
  if (text === null) return 1000;
  if (!/^\d+$/.test(text)) throw invalidArgument("Provided max-keys not an integer or within integer range", "max-keys", text);
  // S3 never returns more than 1000 keys per page, whatever max-keys says.
  return Math.min(Number(text), 1000);
}

function readEncodingType(query: URLSearchParams): string | undefined {
  const value = query.get("encoding-type");
  if (value === null) return undefined;
  if (value !== "url") throw invalidArgument("Invalid Encoding Method specified in Request", "encoding-type", value);
  return value;
}

function keyEncoder(encodingType: string | undefined): (key: string) => string {
  return encodingType === "url" ? (key) => encodeURIComponent(key).replace(/%2F/g, "/") : (key) => key;
}

/** `x-amz-copy-source: [/]bucket/key[?versionId=…]`, URL-encoded. */
function copySource(header: string, store: S3Store): { bucket: string; object: S3Object } {
  const path = decodeURIComponent(header.split("?", 1)[0] ?? "").replace(/^\//, "");
  const slash = path.indexOf("/");
  if (slash <= 0) throw invalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey", "x-amz-copy-source", header);
  const bucketName = path.slice(0, slash);
  const key = path.slice(slash + 1);
  const bucket = store.buckets.get(bucketName);
  if (bucket === undefined) throw noSuchBucket(bucketName);
  const object = bucket.objects.get(key);
  if (object === undefined) throw noSuchKey(key);
  return { bucket: bucketName, object };
}

/** Reads `<Delete><Object><Key>…</Key></Object>…<Quiet>true</Quiet></Delete>` (DeleteObjects). */
function parseDeleteRequest(body: Buffer): { keys: string[]; quiet: boolean } {
  let document: unknown;
  try {
    // Tag values stay strings: a key "007" or "true" is a key, not a number or a boolean.
    document = new XMLParser({ parseTagValue: false, isArray: (name) => name === "Object" }).parse(body.toString("utf8"), true);
  } catch {
    // The parser's own message is not S3's; S3 answers any unparsable body with MalformedXML.
    throw malformedXml();
  }
  const request = (document as { Delete?: { Object?: { Key?: unknown }[]; Quiet?: unknown } }).Delete;
  const keys = (request?.Object ?? []).map((object) => object.Key).filter((key): key is string => typeof key === "string");
  if (request === undefined || keys.length === 0 || keys.length > 1000) throw malformedXml();
  return { keys, quiet: String(request.Quiet ?? "").trim() === "true" };
}
