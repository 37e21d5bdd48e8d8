import type { AuthorizeResult } from "../types";
import { authorizationIncomplete, incompleteSignature, notKeyValuePair } from "./messages";

/** The parts of an `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` header. */
export interface AuthorizationHeader {
  algorithm: string;
  credential: string;
  signedHeaders: string;
  signature: string;
}

const REQUIRED = ["Credential", "Signature", "SignedHeaders"] as const;

/**
 * Reads an `Authorization` header the way API Gateway does: the first word is the
 * algorithm, the rest are `key=value` pairs separated by commas and/or spaces. Refuses
 * (IncompleteSignatureException) a word without `=`, then lists every missing part
 * (and a missing date header) in one message that ends with the header itself.
 *
 * @param hasDate whether the request has an `X-Amz-Date` or `Date` header.
 */
export function parseAuthorizationHeader(authorization: string, hasDate: boolean): AuthorizeResult<AuthorizationHeader> {
  const words = authorization.split(/[\s,]+/).filter((word) => word !== "");
  const params = new Map<string, string>();
  for (const word of words.slice(1)) {
    const eq = word.indexOf("=");
    if (eq === -1) return { ok: false, failure: incompleteSignature(notKeyValuePair(authorization)) };
    params.set(word.slice(0, eq), word.slice(eq + 1));
  }
  const missing = REQUIRED.filter((name) => !params.get(name));
  if (missing.length > 0 || !hasDate) {
    return { ok: false, failure: incompleteSignature(authorizationIncomplete(missing, hasDate, authorization)) };
  }
  return {
    ok: true,
    value: {
      algorithm: words[0] ?? "",
      credential: params.get("Credential")!,
      signedHeaders: params.get("SignedHeaders")!,
      signature: params.get("Signature")!,
    },
  };
}
