import { createHash } from "node:crypto";

/** SHA-256 of the parts joined by `/`, as hex. Every local id derives from this so ids are stable across runs. */
export function hashHex(...parts: string[]): string {
  return createHash("sha256").update(parts.join("/")).digest("hex");
}

const ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A deterministic lowercase alphanumeric id, like API Gateway's 10-character REST API ids.
 * @param length number of characters (at most 32)
 */
export function shortId(length: number, ...parts: string[]): string {
  const digest = createHash("sha256").update(parts.join("/")).digest();
  let id = "";
  for (let i = 0; i < length; i++) id += ALPHANUMERIC[digest[i]! % ALPHANUMERIC.length];
  return id;
}
