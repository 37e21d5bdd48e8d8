/** `$util.base64Encode`: base64 of the string's UTF-8 bytes (standard alphabet, padded). */
export function base64Encode(s: string): string {
  return Buffer.from(s, "utf8").toString("base64");
}

/** `$util.base64Decode`: decodes base64 (standard or URL-safe alphabet) and reads the bytes as UTF-8. */
export function base64Decode(s: string): string {
  return Buffer.from(s, "base64").toString("utf8");
}
