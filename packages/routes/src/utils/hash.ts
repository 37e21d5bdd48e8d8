import { createHash } from "node:crypto";

/** SHA-256 of the parts joined by `/`, as hex. Every local id derives from this so ids are stable across runs. */
export function hashHex(...parts: string[]): string {
  return createHash("sha256").update(parts.join("/")).digest("hex");
}

const ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A deterministic lowercase alphanumeric id of any length, like API Gateway's 10-character
 * REST API ids. Longer ids chain further digests of the same parts.
 */
export function shortId(length: number, ...parts: string[]): string {
  let id = "";
  for (let block = 0; id.length < length; block++) {
    const digest = createHash("sha256").update(`${parts.join("/")}#${block}`).digest();
    for (const byte of digest) {
      if (id.length === length) break;
      id += ALPHANUMERIC[byte % ALPHANUMERIC.length];
    }
  }
  return id;
}
