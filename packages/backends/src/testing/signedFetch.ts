import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";

/** The local playground's credentials (team convention). */
export const localCredentials = { accessKeyId: "AKIDLOCALPLAYGROUND", secretAccessKey: "local-playground-secret" };

/** A request to send to a local backend, signed like an SDK would sign it unless `unsigned`. */
export interface SignedFetchInit {
  /** SigV4 signing name (`sqs`, `sns`, `s3`, `events`, `states`, `dynamodb`). */
  service: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** @default "us-east-1" */
  region?: string;
  /** Sends the request without any Authorization, to check that backends refuse it. */
  unsigned?: boolean;
}

/** Signs a request with SigV4 (the local credentials) and sends it with fetch. For tests and tools. */
export async function signedFetch(init: SignedFetchInit): Promise<Response> {
  const url = new URL(init.url);
  const method = init.method ?? (init.body === undefined ? "GET" : "POST");
  let headers: Record<string, string> = { host: url.host, ...lowerCaseKeys(init.headers ?? {}) };
  if (!init.unsigned) {
    const signer = new SignatureV4({
      service: init.service,
      region: init.region ?? "us-east-1",
      credentials: localCredentials,
      sha256: Sha256,
      // S3 signs the path as sent; every other service normalises and double-encodes it.
      uriEscapePath: init.service !== "s3",
      applyChecksum: init.service === "s3",
    });
    const query: Record<string, string> = {};
    for (const [key, value] of url.searchParams) query[key] = value;
    const signed = await signer.sign({
      method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query,
      headers,
      ...(init.body === undefined ? {} : { body: init.body }),
    });
    headers = signed.headers;
  }
  delete headers.host;
  return fetch(url, { method, headers, ...(init.body === undefined ? {} : { body: init.body }) });
}

/** Calls an AWS JSON-protocol operation and returns status, headers and the parsed body. */
export async function callJson(
  endpoint: string,
  init: { service: string; target: string; body?: unknown; contentType?: string; unsigned?: boolean; region?: string },
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await signedFetch({
    service: init.service,
    url: `${endpoint}/`,
    method: "POST",
    headers: { "content-type": init.contentType ?? "application/x-amz-json-1.0", "x-amz-target": init.target },
    body: JSON.stringify(init.body ?? {}),
    ...(init.unsigned ? { unsigned: true } : {}),
    ...(init.region ? { region: init.region } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}

/** Calls an AWS Query-protocol action (form POST, or GET with `method: "GET"`) and returns status, headers and text. */
export async function callQuery(
  endpoint: string,
  init: { service: string; params: Record<string, string>; json?: boolean; method?: "GET" | "POST"; unsigned?: boolean },
): Promise<{ status: number; headers: Headers; text: string }> {
  const form = new URLSearchParams(init.params).toString();
  const get = init.method === "GET";
  const response = await signedFetch({
    service: init.service,
    url: get ? `${endpoint}/?${form}` : `${endpoint}/`,
    method: get ? "GET" : "POST",
    headers: {
      ...(get ? {} : { "content-type": "application/x-www-form-urlencoded; charset=utf-8" }),
      ...(init.json ? { accept: "application/json" } : {}),
    },
    ...(get ? {} : { body: form }),
    ...(init.unsigned ? { unsigned: true } : {}),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
