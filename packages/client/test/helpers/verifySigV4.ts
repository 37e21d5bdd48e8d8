import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * An independent SigV4 verifier for test servers, written from the SigV4 documentation
 * with node:crypto only (no @smithy/signature-v4), so the client's signer is checked
 * against a second implementation: rebuild the canonical request from the request as
 * received, as API Gateway does, and compare signatures.
 */

export interface ReceivedRequest {
  method: string;
  /** The request target as received: encoded path and query. */
  target: string;
  /** In arrival order; a name may repeat. */
  headers: Array<[string, string]>;
  body: Uint8Array;
}

export interface VerifyOptions {
  secretFor(accessKeyId: string): string | undefined;
  service: string;
  region?: string;
}

export type Verdict =
  | { valid: true; accessKeyId: string; signedHeaders: string[]; canonicalRequest: string }
  | { valid: false; reason: string; canonicalRequest?: string; stringToSign?: string };

const authorizationPattern =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;

const encode = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

/** Canonical URI: normalise dot and empty segments, then URI-encode each segment of the path as received (again). */
export function canonicalUri(rawPath: string): string {
  const segments: string[] = [];
  for (const segment of rawPath.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && rawPath.endsWith("/") ? "/" : "";
  return `/${segments.map(encode).join("/")}${trailing}`;
}

/** Canonical query: decode each pair as received, encode per RFC 3986, sort by key then value. */
export function canonicalQuery(rawQuery: string): string {
  return rawQuery
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const key = decodeURIComponent(eq === -1 ? pair : pair.slice(0, eq));
      const value = eq === -1 ? "" : decodeURIComponent(pair.slice(eq + 1));
      return [encode(key), encode(value)] as const;
    })
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

export function verifySigV4(request: ReceivedRequest, options: VerifyOptions): Verdict {
  const header = (name: string) =>
    request.headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v.replace(/\s+/g, " ").trim());
  const authorization = header("authorization")[0];
  if (!authorization) return { valid: false, reason: "no Authorization header" };
  const match = authorizationPattern.exec(authorization);
  if (!match) return { valid: false, reason: `malformed Authorization: ${authorization}` };
  const [, accessKeyId = "", date = "", region = "", service = "", signedList = "", signature = ""] = match;
  if (service !== options.service) return { valid: false, reason: `signed for service ${service}, not ${options.service}` };
  if (options.region !== undefined && region !== options.region) {
    return { valid: false, reason: `signed for region ${region}, not ${options.region}` };
  }
  const secret = options.secretFor(accessKeyId);
  if (secret === undefined) return { valid: false, reason: `unknown access key ${accessKeyId}` };
  const amzDate = header("x-amz-date")[0];
  if (!amzDate?.startsWith(date)) return { valid: false, reason: `x-amz-date ${amzDate} does not match scope date ${date}` };

  const signedHeaders = signedList.split(";");
  if (!signedHeaders.includes("host")) return { valid: false, reason: "host is not signed" };
  const queryAt = request.target.indexOf("?");
  const rawPath = queryAt === -1 ? request.target : request.target.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? "" : request.target.slice(queryAt + 1);
  const payloadHash = header("x-amz-content-sha256")[0] ?? sha256Hex(request.body);
  const canonicalRequest = [
    request.method,
    canonicalUri(rawPath),
    canonicalQuery(rawQuery),
    `${signedHeaders.map((name) => `${name}:${header(name).join(",")}`).join("\n")}\n`,
    signedList,
    payloadHash,
  ].join("\n");
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  let key: string | Buffer = `AWS4${secret}`;
  for (const part of [date, region, service, "aws4_request"]) key = hmac(key, part);
  const expected = hmac(key, stringToSign);
  if (!timingSafeEqual(expected, Buffer.from(signature, "hex"))) {
    return { valid: false, reason: "signature mismatch", canonicalRequest, stringToSign };
  }
  return { valid: true, accessKeyId, signedHeaders, canonicalRequest };
}
