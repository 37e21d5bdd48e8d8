import type { QueryParam } from "./query-params";
import { uriEncode } from "./uri-encode";

/**
 * The canonical query string: every parameter (but the signature itself for presigned
 * URLs) with key and value RFC 3986-encoded, sorted by encoded key and then by encoded
 * value (repeated keys keep all their values), joined with `&`. A parameter without a
 * value is written `key=`.
 *
 * @param params the decoded parameters, as `parseQueryParams` returns them.
 * @param exclude a key left out (`X-Amz-Signature` when verifying a presigned URL).
 */
export function canonicalQuery(params: readonly QueryParam[], exclude?: string): string {
  const encoded: Array<[string, string]> = [];
  for (const { key, value } of params) {
    if (key === exclude) continue;
    encoded.push([uriEncode(key), uriEncode(value)]);
  }
  // Byte order, as the spec asks: the encoded strings are ASCII, so code-unit order is byte order.
  encoded.sort(([keyA, valueA], [keyB, valueB]) => compare(keyA, keyB) || compare(valueA, valueB));
  return encoded.map(([key, value]) => `${key}=${value}`).join("&");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
