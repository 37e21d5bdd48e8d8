import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AuthorizeRequest } from "../../types";

/*
 * Signs requests with the AWS SDK's own signer (@smithy/signature-v4), the way a
 * generated client does, and turns them into what the gateway receives on the wire.
 * Tests only: the verifier itself is hand-written.
 */

type SmithyRequest = Parameters<SignatureV4["presign"]>[0];

export interface RequestToSign {
  method: string;
  /** The path as the client sends it: already percent-encoded, as an SDK serializer encodes labels. */
  path: string;
  /** Decoded query values (an SDK's input), repeated keys as arrays. */
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  body?: string;
}

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SignOptions {
  credentials: SigningCredentials;
  date: Date;
  region?: string;
  service?: string;
  /** Presign (query) instead of the Authorization header, with this X-Amz-Expires. */
  presignExpiresIn?: number;
}

export const HOST = "127.0.0.1:4010";

/** Signs (or presigns) a request with @smithy/signature-v4 and returns it as received by the gateway. */
export async function signWithSmithy(toSign: RequestToSign, options: SignOptions): Promise<AuthorizeRequest> {
  const signer = new SignatureV4({
    credentials: options.credentials,
    region: options.region ?? "us-east-1",
    service: options.service ?? "execute-api",
    sha256: Sha256,
  });
  const request: SmithyRequest = {
    method: toSign.method,
    protocol: "http:",
    hostname: "127.0.0.1",
    port: 4010,
    path: toSign.path,
    query: toSign.query ?? {},
    headers: { host: HOST, ...toSign.headers },
    ...(toSign.body === undefined ? {} : { body: toSign.body }),
  };
  const signed =
    options.presignExpiresIn === undefined
      ? await signer.sign(request, { signingDate: options.date })
      : await signer.presign(request, { signingDate: options.date, expiresIn: options.presignExpiresIn });
  return toWire(signed, toSign.body);
}

function toWire(signed: SmithyRequest, body: string | undefined): AuthorizeRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers)) headers[name.toLowerCase()] = value;
  return {
    method: signed.method,
    rawPath: signed.path,
    rawQuery: wireQuery(signed.query ?? {}),
    headers,
    body: new TextEncoder().encode(body ?? ""),
  };
}

/** The query string an SDK puts on the wire: RFC 3986-encoded keys and values, repeats as repeated keys. */
export function wireQuery(query: Record<string, string | string[] | null>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value ?? ""]) parts.push(`${encode(key)}=${encode(one)}`);
  }
  return parts.join("&");
}

function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
