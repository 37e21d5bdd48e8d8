import type { EndpointResponse } from "../../integration";
import type { AwsTarget } from "../aws-target";
import type { OutgoingRequest } from "../sign-request";
import { accessDeniedResponse } from "./access-denied";
import { assumedRoleArn, checkRolePolicy } from "./check-role-policy";
import { evaluatePolicy } from "./evaluate-policy";
import type { RolePolicies, RolePolicy } from "./role-policies";
import { type ServiceAction, serviceActionOf } from "./service-action";

/** The IAM verdict on one integration call. */
export interface GuardedCall {
  /** The service's access-denied answer, when the role may not make the call. */
  denied?: EndpointResponse;
  /** What was checked (`dynamodb:GetItem on arn:…`), for the log; undefined when nothing was. */
  checked?: string;
  /** Applies what IAM changes in the service's answer (S3's 404 → 403 without s3:ListBucket). */
  review(response: EndpointResponse): EndpointResponse;
}

const UNCHECKED: GuardedCall = { review: (response) => response };

/**
 * Checks an integration call against its execution role's policies, as IAM would before the
 * service runs it. Unchecked (the call goes, the service decides): no policies known, a role no
 * template defines, a role with managed policies no template defines, a call whose action or
 * resource cannot be told (`serviceActionOf`).
 */
export function guardCall(policies: RolePolicies | undefined, roleArn: string, target: AwsTarget, request: OutgoingRequest, fallbackAccountId: string): GuardedCall {
  const role = policies?.get(roleArn);
  if (role === undefined || role.unknownManagedPolicies.length > 0) return UNCHECKED;
  // Resources named without an ARN (a table name, an event bus name) are in the calling role's account.
  const accountId = /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(roleArn)?.[1] ?? fallbackAccountId;
  const call = serviceActionOf(target, request, { region: target.region, accountId });
  if (call === undefined) return UNCHECKED;
  const denied = checkRolePolicy(role, call, accountId, request.headers.accept);
  return {
    ...(denied === undefined ? {} : { denied }),
    checked: `${call.service}:${call.action} on ${call.resources.join(", ")}`,
    review: (response) => hideMissingKey(response, role, call, accountId),
  };
}

/**
 * S3 answers a missing key with 404 NoSuchKey only to a caller that may also `s3:ListBucket` the
 * bucket; to anyone else it answers 403 AccessDenied, so that keys cannot be probed (S3 GetObject
 * reference, "Permissions").
 */
function hideMissingKey(response: EndpointResponse, role: RolePolicy, call: ServiceAction, accountId: string): EndpointResponse {
  if (call.service !== "s3" || call.action !== "GetObject" || response.status !== 404) return response;
  const objectArn = call.resources[0] ?? "";
  const slash = objectArn.indexOf("/");
  const bucketArn = slash < 0 ? objectArn : objectArn.slice(0, slash);
  const decision = evaluatePolicy(role.statements, "s3:ListBucket", bucketArn);
  if (decision === "allow") return response;
  return accessDeniedResponse({ service: "s3", action: "ListBucket", resource: bucketArn, principal: assumedRoleArn(role, accountId), decision });
}
