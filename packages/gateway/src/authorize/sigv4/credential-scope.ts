import type { AuthorizeResult } from "../types";
import {
  credentialNotFiveParts,
  incompleteSignature,
  invalidSignature,
  SCOPE_WRONG_REGION,
  scopeWrongDate,
  scopeWrongService,
  scopeWrongTerminator,
} from "./messages";

/** `AKID/20150830/us-east-1/execute-api/aws4_request`, split. */
export interface CredentialScope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  terminator: string;
  /** `date/region/service/terminator`: the scope line of the string to sign. */
  scope: string;
}

/** Splits a `Credential` value; AWS ignores trailing slashes and wants exactly five parts. */
export function parseCredential(credential: string): AuthorizeResult<CredentialScope> {
  const parts = credential.replace(/\/+$/, "").split("/");
  if (parts.length !== 5) return { ok: false, failure: incompleteSignature(credentialNotFiveParts(credential)) };
  const [accessKeyId, date, region, service, terminator] = parts as [string, string, string, string, string];
  return {
    ok: true,
    value: { accessKeyId, date, region, service, terminator, scope: `${date}/${region}/${service}/${terminator}` },
  };
}

/**
 * Checks the scope names this gateway's region and service, the `aws4_request`
 * terminator and the request's own day. Every problem is reported in one message,
 * as AWS does.
 */
export function checkScope(
  scope: CredentialScope,
  expected: { region: string; service: string; amzDate: string },
): AuthorizeResult<CredentialScope> {
  let message = "";
  if (scope.region !== expected.region) message += SCOPE_WRONG_REGION;
  if (scope.service !== expected.service) message += scopeWrongService(expected.service);
  if (scope.terminator !== "aws4_request") message += scopeWrongTerminator(scope.terminator);
  const requestDay = expected.amzDate.slice(0, 8);
  if (scope.date !== requestDay) message += scopeWrongDate(scope.date, requestDay, expected.amzDate);
  return message === "" ? { ok: true, value: scope } : { ok: false, failure: invalidSignature(message) };
}
