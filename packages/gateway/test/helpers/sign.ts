import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";

const signer = new SignatureV4({
  service: "execute-api",
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDLOCALPLAYGROUND", secretAccessKey: "local-playground-secret" },
  sha256: Sha256,
});

/** SigV4 headers (with the local default user) for a request to `baseUrl + path`. */
export async function signedHeaders(
  baseUrl: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array } = {},
): Promise<Record<string, string>> {
  const url = new URL(`${baseUrl}${path}`);
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of url.searchParams) {
    const existing = query[k];
    query[k] = existing === undefined ? v : Array.isArray(existing) ? [...existing, v] : [existing, v];
  }
  const signed = await signer.sign({
    method: init.method ?? "GET",
    protocol: "http:",
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query,
    headers: { host: url.host, ...init.headers },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  return signed.headers as Record<string, string>;
}
