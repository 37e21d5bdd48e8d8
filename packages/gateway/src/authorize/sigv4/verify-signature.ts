import { timingSafeEqual } from "node:crypto";
import { callerIdentity } from "../credentials/caller-identity";
import type { CredentialLookup } from "../credentials/local-credential-store";
import type { AuthorizeRequest, AuthorizeResult, CallerIdentity } from "../types";
import { canonicalRequest } from "./canonical-request";
import { checkScope, parseCredential } from "./credential-scope";
import {
  HOST_NOT_SIGNED,
  incompleteSignature,
  invalidSignature,
  signatureExpired,
  signatureExpiredMessage,
  signatureMismatch,
  signatureNotYetCurrentMessage,
  unrecognizedClient,
  unsupportedAlgorithm,
} from "./messages";
import { parseQueryParams, type QueryParam } from "./query-params";
import { readSignature } from "./read-signature";
import { formatAmzDate, formatSkew } from "./request-date";
import type { SignatureParts } from "./signature-parts";
import { SigningKeyCache, hmac } from "./signing-key";
import { ALGORITHM, sha256Hex, stringToSign } from "./string-to-sign";

/** Options of `verifySignature`. */
export interface VerifySignatureOptions {
  /** The region the gateway plays (the credential scope must name it), e.g. `us-east-1`. */
  region: string;
  /** The service the credential scope must name. @default "execute-api" */
  service?: string;
  /** Finds the secret (and session token) of an access key id; see `createLocalCredentialStore`. */
  credentials: CredentialLookup;
  /** The gateway's clock. @default new Date() */
  now?: Date;
  /** How far the request time may be from `now`, either way. @default 300000 (5 minutes, API Gateway's window) */
  skewMs?: number;
}

/** Defaults of `VerifySignatureOptions`. */
export const VERIFY_SIGNATURE_DEFAULTS = { service: "execute-api", skewMs: 5 * 60_000 } as const;

const signingKeys = new SigningKeyCache();

/**
 * Verifies a request's AWS Signature Version 4 the way API Gateway does for an
 * `AWS_IAM` method: header-signed (`Authorization: AWS4-HMAC-SHA256 …`) or presigned
 * (`X-Amz-Algorithm`, `X-Amz-Credential`, … in the query). The checks run in AWS's
 * order and each refusal carries API Gateway's status, error type and message.
 *
 * For a presigned URL, `X-Amz-Expires` is signed but not enforced: services other than
 * S3 apply their fixed clock-skew window to `X-Amz-Date` instead (aws-sdk-go #2167/#2224).
 *
 * @returns the caller's identity (`$context.identity`), or the failure to answer with.
 * @example
 * const result = verifySignature(request, { region: "us-east-1", credentials: createLocalCredentialStore() });
 * if (!result.ok) return respondWithFailure(result.failure);
 */
export function verifySignature(
  request: AuthorizeRequest,
  options: VerifySignatureOptions,
): AuthorizeResult<CallerIdentity> {
  const service = options.service ?? VERIFY_SIGNATURE_DEFAULTS.service;
  const skewMs = options.skewMs ?? VERIFY_SIGNATURE_DEFAULTS.skewMs;
  const query = parseQueryParams(request.rawQuery);
  const read = readSignature(request, query);
  if (!read.ok) return read;
  const parts = read.value;

  const timely = checkClockSkew(parts, options.now ?? new Date(), skewMs);
  if (!timely.ok) return timely;
  if (!parts.signedHeaders.includes("host")) return { ok: false, failure: invalidSignature(HOST_NOT_SIGNED) };
  if (parts.algorithm !== ALGORITHM) return { ok: false, failure: incompleteSignature(unsupportedAlgorithm(parts.algorithm)) };
  const credential = parseCredential(parts.credential);
  if (!credential.ok) return credential;
  const scope = checkScope(credential.value, { region: options.region, service, amzDate: parts.amzDate });
  if (!scope.ok) return scope;

  const user = options.credentials(scope.value.accessKeyId);
  if (user === undefined) return { ok: false, failure: unrecognizedClient() };

  const strings = signingStrings(request, query, parts, scope.value.scope);
  const key = signingKeys.get(user.secretAccessKey, scope.value.date, scope.value.region, scope.value.service);
  const expected = hmac(key, strings.stringToSign).toString("hex");
  if (!sameSignature(expected, parts.signature)) {
    return { ok: false, failure: invalidSignature(signatureMismatch(strings.canonicalRequest, strings.stringToSign)) };
  }
  // AWS checks the session token after the signature: a temporary key needs its own token, a long-term key none.
  if (parts.securityToken !== user.sessionToken) return { ok: false, failure: unrecognizedClient() };
  return { ok: true, value: callerIdentity(user) };
}

/** The canonical request and string to sign the gateway computes for a request. */
export interface SigningStrings {
  canonicalRequest: string;
  stringToSign: string;
}

/**
 * The canonical request and string to sign for a signed request, without checking the
 * signature: what the mismatch message shows, exposed for diagnostics and tests.
 */
export function describeSignature(request: AuthorizeRequest): AuthorizeResult<SigningStrings> {
  const query = parseQueryParams(request.rawQuery);
  const read = readSignature(request, query);
  if (!read.ok) return read;
  const credential = parseCredential(read.value.credential);
  if (!credential.ok) return credential;
  return { ok: true, value: signingStrings(request, query, read.value, credential.value.scope) };
}

function signingStrings(
  request: AuthorizeRequest,
  query: readonly QueryParam[],
  parts: SignatureParts,
  scope: string,
): SigningStrings {
  const canonical = canonicalRequest({
    method: request.method,
    rawPath: request.rawPath,
    query,
    // A presigned URL signs every parameter but the signature itself.
    ...(parts.form === "query" ? { excludeQueryKey: "X-Amz-Signature" } : {}),
    headers: request.headers,
    signedHeaders: parts.signedHeaders,
    // API Gateway hashes the body it received; x-amz-content-sha256 is only a header to it.
    payloadHash: sha256Hex(request.body),
  });
  return { canonicalRequest: canonical, stringToSign: stringToSign(parts.amzDate, scope, canonical) };
}

function checkClockSkew(parts: SignatureParts, now: Date, skewMs: number): AuthorizeResult<true> {
  // AWS reasons in whole seconds: its messages print second-precision timestamps.
  const nowTime = Math.floor(now.getTime() / 1000) * 1000;
  const skew = formatSkew(skewMs);
  if (parts.time < nowTime - skewMs) {
    const message = signatureExpiredMessage(parts.amzDate, formatAmzDate(nowTime - skewMs), formatAmzDate(nowTime), skew);
    return { ok: false, failure: signatureExpired(message) };
  }
  if (parts.time > nowTime + skewMs) {
    const message = signatureNotYetCurrentMessage(parts.amzDate, formatAmzDate(nowTime + skewMs), formatAmzDate(nowTime), skew);
    return { ok: false, failure: signatureExpired(message) };
  }
  return { ok: true, value: true };
}

function sameSignature(expected: string, provided: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(provided, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
