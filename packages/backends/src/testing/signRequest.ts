import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";

/** The local playground's credentials (team convention). */
export const localCredentials = { accessKeyId: "AKIDLOCALPLAYGROUND", secretAccessKey: "local-playground-secret" };

/** A request to sign as an AWS SDK signs it. */
export interface SignRequestInit {
  /** SigV4 signing name (`execute-api`, `sqs`, `sns`, `s3`, `events`, `states`, `dynamodb`). */
  service: string;
  /** The whole URL, query included. */
  url: string;
  /** @default "GET" without a body, "POST" with one */
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** @default "us-east-1" */
  region?: string;
  /** @default localCredentials */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

/**
 * The request's headers (names lower-cased) with its SigV4 signature added: `authorization`,
 * `x-amz-date`, and `x-amz-content-sha256` for S3. `host` is signed (the URL's host and port) but
 * not returned: the HTTP client sends the same value. For tests and tools.
 */
export async function signRequest(init: SignRequestInit): Promise<Record<string, string>> {
  const url = new URL(init.url);
  const signer = new SignatureV4({
    service: init.service,
    region: init.region ?? "us-east-1",
    credentials: init.credentials ?? localCredentials,
    sha256: Sha256,
    // S3 signs the path as sent and its payload hash in x-amz-content-sha256; every other service
    // normalises and double-encodes the path and hashes the body unannounced (as the AWS SDKs do).
    uriEscapePath: init.service !== "s3",
    applyChecksum: init.service === "s3",
  });
  // A repeated query parameter is signed with all its values.
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const existing = query[name];
    query[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  const signed = await signer.sign({
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query,
    headers: { host: url.host, ...lowerCaseKeys(init.headers ?? {}) },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const { host: _host, ...headers } = signed.headers;
  return headers;
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}
