import type { EndpointResponse } from "../../integration";
import { accessDeniedResponse } from "./access-denied";
import { evaluatePolicy } from "./evaluate-policy";
import type { RolePolicy } from "./role-policies";
import type { ServiceAction } from "./service-action";

/**
 * The session name API Gateway gives the role it assumes for an integration (it appears in the
 * assumed-role ARN of CloudTrail records and access-denied messages; LocalStack uses the same).
 */
export const INTEGRATION_SESSION_NAME = "BackplaneAssumeRoleSession";

/** The assumed-role ARN a service sees when API Gateway calls it with a role. */
export function assumedRoleArn(role: RolePolicy, accountId: string): string {
  const account = /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(role.roleArn)?.[1] ?? accountId;
  const name = role.roleArn.slice(role.roleArn.lastIndexOf("/") + 1);
  return `arn:aws:sts::${account}:assumed-role/${name}/${INTEGRATION_SESSION_NAME}`;
}

/**
 * Checks a service call against the role's policies before it is sent. Returns the service's
 * access-denied answer when some resource is not allowed, undefined when the call may go.
 */
export function checkRolePolicy(role: RolePolicy, call: ServiceAction, accountId: string, accept?: string): EndpointResponse | undefined {
  const iamAction = `${call.service}:${call.action}`;
  for (const resource of call.resources) {
    const decision = evaluatePolicy(role.statements, iamAction, resource);
    if (decision === "allow") continue;
    return accessDeniedResponse({
      service: call.service,
      action: call.action,
      resource,
      principal: assumedRoleArn(role, accountId),
      decision,
      ...(accept === undefined ? {} : { accept }),
    });
  }
  return undefined;
}
