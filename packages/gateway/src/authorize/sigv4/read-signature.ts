import type { AuthorizeRequest, AuthorizeResult } from "../types";
import { headerValue } from "./canonical-headers";
import {
  BOTH_AUTHORIZATION_FORMS,
  dateNotIso8601,
  incompleteSignature,
  invalidSignature,
  missingAuthenticationToken,
  queryIncomplete,
} from "./messages";
import { parseAuthorizationHeader } from "./parse-authorization";
import { firstQueryValue, type QueryParam } from "./query-params";
import { formatAmzDate, parseAmzDate, parseHttpDate } from "./request-date";
import type { SignatureParts } from "./signature-parts";

const PRESIGN_PARAMS = ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date"];

/**
 * Finds the request's signature, in the `Authorization` header or (presigned URL) in
 * the query, and checks it is complete and dated. Refuses, in AWS's order: both forms
 * at once, neither form, missing parts, a date not in ISO 8601 basic format.
 */
export function readSignature(request: AuthorizeRequest, query: readonly QueryParam[]): AuthorizeResult<SignatureParts> {
  const authorization = headerValue(request.headers, "authorization");
  // Only X-Amz-Algorithm makes a query "presigned"; the other X-Amz-* alone do not.
  const presigned = query.some((param) => param.key === "X-Amz-Algorithm");
  if (authorization && presigned) return { ok: false, failure: invalidSignature(BOTH_AUTHORIZATION_FORMS) };
  if (authorization) return readHeaderSignature(request, authorization);
  if (presigned) return readQuerySignature(query);
  return { ok: false, failure: missingAuthenticationToken() };
}

function readHeaderSignature(request: AuthorizeRequest, authorization: string): AuthorizeResult<SignatureParts> {
  const amzDate = headerValue(request.headers, "x-amz-date");
  const httpDate = headerValue(request.headers, "date");
  const parsed = parseAuthorizationHeader(authorization, Boolean(amzDate || httpDate));
  if (!parsed.ok) return parsed;
  // X-Amz-Date wins over Date when both are sent (SigV4 spec).
  const date = amzDate ? readAmzDate(amzDate) : readHttpDate(httpDate ?? "");
  if (!date.ok) return date;
  const securityToken = headerValue(request.headers, "x-amz-security-token");
  return {
    ok: true,
    value: {
      form: "header",
      algorithm: parsed.value.algorithm,
      credential: parsed.value.credential,
      signedHeaders: splitSignedHeaders(parsed.value.signedHeaders),
      signature: parsed.value.signature,
      ...date.value,
      ...(securityToken === undefined ? {} : { securityToken }),
    },
  };
}

function readQuerySignature(query: readonly QueryParam[]): AuthorizeResult<SignatureParts> {
  const missing = PRESIGN_PARAMS.filter((name) => !firstQueryValue(query, name));
  if (missing.length > 0) return { ok: false, failure: incompleteSignature(queryIncomplete(missing)) };
  const date = readAmzDate(firstQueryValue(query, "X-Amz-Date")!);
  if (!date.ok) return date;
  const securityToken = firstQueryValue(query, "X-Amz-Security-Token");
  return {
    ok: true,
    value: {
      form: "query",
      algorithm: firstQueryValue(query, "X-Amz-Algorithm")!,
      credential: firstQueryValue(query, "X-Amz-Credential")!,
      signedHeaders: splitSignedHeaders(firstQueryValue(query, "X-Amz-SignedHeaders")!),
      signature: firstQueryValue(query, "X-Amz-Signature")!,
      ...date.value,
      ...(securityToken === undefined ? {} : { securityToken }),
    },
  };
}

function readAmzDate(value: string): AuthorizeResult<{ amzDate: string; time: number }> {
  const time = parseAmzDate(value);
  if (time === undefined) return { ok: false, failure: incompleteSignature(dateNotIso8601(value)) };
  return { ok: true, value: { amzDate: value, time } };
}

function readHttpDate(value: string): AuthorizeResult<{ amzDate: string; time: number }> {
  const time = parseHttpDate(value);
  if (time === undefined) return { ok: false, failure: incompleteSignature(dateNotIso8601(value)) };
  // The string to sign carries the Date header's instant in ISO 8601 basic format.
  return { ok: true, value: { amzDate: formatAmzDate(time), time } };
}

function splitSignedHeaders(list: string): string[] {
  return list.split(";").map((name) => name.trim().toLowerCase());
}
