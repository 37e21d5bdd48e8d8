import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { request as undiciRequest } from "undici";

/** A service's answer to a signed test call. */
export interface AwsCallResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json<T = Record<string, unknown>>(): T;
}

/** A signed call to a local backend, as an SDK would send it (test-only; sha256-js, not the gateway's signer). */
export async function awsCall(
  endpoint: string,
  service: string,
  init: { method?: string; path?: string; query?: Record<string, string>; headers?: Record<string, string>; body?: string | Buffer },
): Promise<AwsCallResponse> {
  const url = new URL(`${endpoint}${init.path ?? "/"}`);
  for (const [name, value] of Object.entries(init.query ?? {})) url.searchParams.set(name, value);
  const signer = new SignatureV4({
    service,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDTESTPROVISIONING", secretAccessKey: "test-secret" },
    sha256: Sha256,
    uriEscapePath: service !== "s3",
  });
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = value;
  const method = init.method ?? "POST";
  const signed = await signer.sign({
    method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query,
    headers: { host: url.host, ...init.headers },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const response = await undiciRequest(url, { method: method as "POST", headers: signed.headers, body: init.body ?? null });
  const body = Buffer.from(await response.body.arrayBuffer());
  return { status: response.statusCode, headers: response.headers, body, json: <T>() => JSON.parse(body.toString("utf8")) as T };
}

/** An AWS JSON-protocol call (`X-Amz-Target`), failing the test on an error answer. */
export async function jsonCall(
  endpoint: string,
  service: string,
  target: string,
  body: unknown,
  contentType = "application/x-amz-json-1.0",
): Promise<Record<string, unknown>> {
  const response = await awsCall(endpoint, service, {
    headers: { "x-amz-target": target, "content-type": contentType },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`${target} answered ${response.status}: ${response.body.toString("utf8")}`);
  return response.json();
}

/** A Query-protocol call (form body), failing the test on an error answer. */
export async function queryCall(endpoint: string, service: string, params: Record<string, string>): Promise<string> {
  const response = await awsCall(endpoint, service, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(params).toString(),
  });
  const text = response.body.toString("utf8");
  if (response.status !== 200) throw new Error(`${params.Action} answered ${response.status}: ${text}`);
  return text;
}
