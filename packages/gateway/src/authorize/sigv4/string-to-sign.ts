import { createHash } from "node:crypto";

/** The only algorithm SigV4 verification accepts. */
export const ALGORITHM = "AWS4-HMAC-SHA256";

/**
 * The SigV4 string to sign: algorithm, request timestamp (`20150830T123600Z`),
 * credential scope (`20150830/us-east-1/execute-api/aws4_request`) and the hex SHA-256
 * of the canonical request.
 */
export function stringToSign(amzDate: string, scope: string, canonicalRequest: string): string {
  return `${ALGORITHM}\n${amzDate}\n${scope}\n${sha256Hex(canonicalRequest)}`;
}

/** Hex SHA-256 of an empty payload: most signed requests (GET, DELETE) have no body. */
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** Hex SHA-256 of text (UTF-8) or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  if (data.length === 0) return EMPTY_SHA256;
  return createHash("sha256").update(data).digest("hex");
}
