import type { IncomingHttpHeaders } from "node:http";
import { BackendError } from "../errors/BackendError";
import { MissingAuthenticationTokenError } from "../errors/MissingAuthenticationTokenError";

/** What a request's SigV4 credential scope must say. */
export interface CredentialScope {
  /** The SigV4 signing name of the service (`sqs`, `states`, `events`…). */
  service: string;
  region: string;
}

/**
 * Checks that a request carries SigV4 credentials scoped to this service and region, the way AWS
 * does before it looks at the signature. Like moto, the signature itself is not verified: a local
 * backend has no secret to check it against. Returns the error to answer with, or undefined.
 *
 * - no `Authorization` header and no `X-Amz-Signature` query parameter → 403 MissingAuthenticationToken
 * - an `Authorization` that is not `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` → 400 IncompleteSignature
 * - a credential scoped to another service or region → 403 InvalidSignatureException, with AWS's wording
 */
export function checkCredentials(
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
  scope: CredentialScope,
): BackendError | undefined {
  const authorization = headers.authorization;
  if (authorization === undefined && !query.has("X-Amz-Signature")) return new MissingAuthenticationTokenError();
  const credential = authorization === undefined ? query.get("X-Amz-Credential") : parseAuthorization(authorization);
  if (credential === undefined || credential === null) {
    return new BackendError(
      "IncompleteSignatureException",
      `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters (AWS4-HMAC-SHA256). Authorization=${authorization ?? ""}`,
      { wireType: "com.amazon.coral.service#IncompleteSignatureException" },
    );
  }
  const parts = credential.split("/");
  if (parts.length !== 5) {
    return new BackendError(
      "IncompleteSignatureException",
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
      { wireType: "com.amazon.coral.service#IncompleteSignatureException" },
    );
  }
  const [, , region, service, terminator] = parts;
  const problems: string[] = [];
  if (region !== scope.region) problems.push(`Credential should be scoped to a valid region, not '${region}'. `);
  if (service !== scope.service) problems.push(`Credential should be scoped to correct service: '${scope.service}'. `);
  if (terminator !== "aws4_request") problems.push(`Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'. `);
  if (problems.length === 0) return undefined;
  return new BackendError("InvalidSignatureException", problems.join("").trim(), {
    status: 403,
    wireType: "com.amazon.coral.service#InvalidSignatureException",
  });
}

/** The `Credential=` value of a SigV4 Authorization header, or undefined when the header is not SigV4. */
function parseAuthorization(authorization: string): string | undefined {
  const match = /^AWS4-HMAC-SHA256\s+(.*)$/s.exec(authorization.trim());
  if (!match) return undefined;
  const fields = new Map<string, string>();
  for (const part of (match[1] ?? "").split(",")) {
    const [key, ...value] = part.trim().split("=");
    if (key) fields.set(key, value.join("="));
  }
  if (!fields.get("SignedHeaders") || !fields.get("Signature")) return undefined;
  return fields.get("Credential") || undefined;
}
