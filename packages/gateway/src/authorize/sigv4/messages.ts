import { createHash } from "node:crypto";
import type { GatewayFailure } from "../../respond/failure";

/*
 * API Gateway's answers to requests whose SigV4 signature it refuses, in one place.
 * Wording follows AWS's own responses (the AWS "coral" service framework behind
 * execute-api and DynamoDB/Kinesis, whose messages dynalite and kinesalite captured
 * verbatim; API Gateway's 403 troubleshooting guide; users' wire captures). Status is
 * always 403, as API Gateway answers every SigV4 refusal.
 */

const FORBIDDEN = 403;

/** No `Authorization` header and no `X-Amz-Algorithm` query parameter. */
export function missingAuthenticationToken(): GatewayFailure {
  return {
    responseType: "MISSING_AUTHENTICATION_TOKEN",
    statusCode: FORBIDDEN,
    errorType: "MissingAuthenticationTokenException",
    message: "Missing Authentication Token",
  };
}

/** The request is signed in a malformed way (missing parts, bad formats): IncompleteSignatureException. */
export function incompleteSignature(message: string): GatewayFailure {
  return { responseType: "INVALID_SIGNATURE", statusCode: FORBIDDEN, errorType: "IncompleteSignatureException", message };
}

/** The signature is well-formed but wrong (scope, host, mismatch): InvalidSignatureException. */
export function invalidSignature(message: string): GatewayFailure {
  return { responseType: "INVALID_SIGNATURE", statusCode: FORBIDDEN, errorType: "InvalidSignatureException", message };
}

/**
 * The request time is outside the allowed clock skew. The error type stays
 * InvalidSignatureException; API Gateway's guide files it as "authentication token
 * expired", which is the EXPIRED_TOKEN gateway response.
 */
export function signatureExpired(message: string): GatewayFailure {
  return { responseType: "EXPIRED_TOKEN", statusCode: FORBIDDEN, errorType: "InvalidSignatureException", message };
}

/**
 * Unknown access key, or a session token that is missing, unexpected or wrong. A wire
 * capture from execute-api shows `x-amzn-ErrorType: UnrecognizedClientException`; API
 * Gateway's 403 guide files the message under "Access denied", hence ACCESS_DENIED.
 */
export function unrecognizedClient(): GatewayFailure {
  return {
    responseType: "ACCESS_DENIED",
    statusCode: FORBIDDEN,
    errorType: "UnrecognizedClientException",
    message: "The security token included in the request is invalid.",
  };
}

export const BOTH_AUTHORIZATION_FORMS =
  "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.";

export const HOST_NOT_SIGNED = "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.";

/**
 * An `Authorization` word without `=` after the algorithm (`Bearer <token>` sent to an
 * IAM route). API Gateway no longer echoes the header; it quotes a SHA-256 (Base64) of it.
 */
export function notKeyValuePair(authorization: string): string {
  const digest = createHash("sha256").update(authorization, "utf8").digest("base64");
  return `Invalid key=value pair (missing equal-sign) in Authorization header (hashed with SHA-256 and encoded with Base64): '${digest}'.`;
}

/** Every missing part of the `Authorization` header, then the header itself. */
export function authorizationIncomplete(missing: readonly string[], hasDate: boolean, authorization: string): string {
  let message = "";
  for (const part of missing) message += `Authorization header requires '${part}' parameter. `;
  if (!hasDate) message += "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ";
  return `${message}Authorization=${authorization}`;
}

/** Every missing presigned-URL parameter. */
export function queryIncomplete(missing: readonly string[]): string {
  let message = "";
  for (const name of missing) message += `AWS query-string parameters must include '${name}'. `;
  return `${message}Re-examine the query-string parameters.`;
}

export function dateNotIso8601(value: string): string {
  return `Date must be in ISO-8601 'basic format'. Got '${value}'. See http://en.wikipedia.org/wiki/ISO_8601`;
}

export function signatureExpiredMessage(requestDate: string, earliest: string, now: string, skew: string): string {
  return `Signature expired: ${requestDate} is now earlier than ${earliest} (${now} - ${skew}.)`;
}

export function signatureNotYetCurrentMessage(requestDate: string, latest: string, now: string, skew: string): string {
  return `Signature not yet current: ${requestDate} is still later than ${latest} (${now} + ${skew}.)`;
}

export function unsupportedAlgorithm(algorithm: string): string {
  return `Unsupported AWS 'algorithm': '${algorithm}' (only AWS4-HMAC-SHA256 for now). `;
}

export function credentialNotFiveParts(credential: string): string {
  return `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`;
}

// Scope problems are reported together, each sentence ending ". " as AWS concatenates them.
export const SCOPE_WRONG_REGION = "Credential should be scoped to a valid region. ";

export function scopeWrongService(service: string): string {
  return `Credential should be scoped to correct service: '${service}'. `;
}

export function scopeWrongTerminator(term: string): string {
  return `Credential should be scoped with a valid terminator: 'aws4_request', not '${term}'. `;
}

export function scopeWrongDate(scopeDate: string, requestDay: string, requestDate: string): string {
  return `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${requestDay}', from '${requestDate}'. `;
}

/** The mismatch message, with the canonical request and string to sign the gateway computed. */
export function signatureMismatch(canonicalRequest: string, stringToSign: string): string {
  return (
    "The request signature we calculated does not match the signature you provided. " +
    "Check your AWS Secret Access Key and signing method. Consult the service documentation for details." +
    `\n\nThe Canonical String for this request should have been\n'${canonicalRequest}'` +
    `\n\nThe String-to-Sign should have been\n'${stringToSign}'\n`
  );
}
