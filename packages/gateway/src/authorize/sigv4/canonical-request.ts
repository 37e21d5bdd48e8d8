import { canonicalHeaders, type RequestHeaders } from "./canonical-headers";
import { canonicalPath } from "./canonical-path";
import { canonicalQuery } from "./canonical-query";
import type { QueryParam } from "./query-params";

/** What the canonical request is built from. */
export interface CanonicalRequestInput {
  method: string;
  rawPath: string;
  /** Decoded query parameters; for a presigned URL `X-Amz-Signature` is left out by `excludeQueryKey`. */
  query: readonly QueryParam[];
  excludeQueryKey?: string;
  headers: RequestHeaders;
  /** Lower-cased, in the order the signer listed them. */
  signedHeaders: readonly string[];
  /** Hex SHA-256 of the payload. */
  payloadHash: string;
}

/**
 * The SigV4 canonical request:
 * method, canonical URI, canonical query, canonical headers, signed headers, payload hash.
 */
export function canonicalRequest(input: CanonicalRequestInput): string {
  return [
    input.method,
    canonicalPath(input.rawPath),
    canonicalQuery(input.query, input.excludeQueryKey),
    canonicalHeaders(input.headers, input.signedHeaders),
    input.signedHeaders.join(";"),
    input.payloadHash,
  ].join("\n");
}
