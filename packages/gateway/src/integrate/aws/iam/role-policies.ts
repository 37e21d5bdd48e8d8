import type { ResolvedResource, TemplateModel } from "@apigw-playground/routes";
import { type PolicyStatement, readPolicyStatements } from "./policy-statement";

/** What the templates say an execution role may do. */
export interface RolePolicy {
  roleArn: string;
  roleName: string;
  /** Statements of its inline policies, `AWS::IAM::Policy` and template-defined managed policies. */
  statements: PolicyStatement[];
  /**
   * Managed policies attached by ARN that no template defines (AWS-managed ones such as
   * `AmazonS3FullAccess`): their content is unknown, so the role is not checked locally.
   */
  unknownManagedPolicies: string[];
}

/** The execution roles defined in templates, by role ARN. */
export type RolePolicies = ReadonlyMap<string, RolePolicy>;

/**
 * Collects every `AWS::IAM::Role` of the templates with the statements that apply to it: its
 * `Policies`, `AWS::IAM::Policy` and `AWS::IAM::ManagedPolicy` resources naming it in `Roles`,
 * and managed policies it lists in `ManagedPolicyArns` that a template defines.
 */
export function collectRolePolicies(templates: readonly TemplateModel[]): RolePolicies {
  const resources = templates.flatMap((template) => Object.values(template.resources));
  const managed = new Map<string, ResolvedResource>();
  for (const resource of resources) {
    if (resource.type !== "AWS::IAM::ManagedPolicy") continue;
    managed.set(resource.physicalId, resource);
    const arn = resource.attributes.PolicyArn;
    if (arn !== undefined) managed.set(arn, resource);
  }

  const byName = new Map<string, RolePolicy>();
  const roles = new Map<string, RolePolicy>();
  for (const resource of resources) {
    if (resource.type !== "AWS::IAM::Role") continue;
    const roleArn = resource.attributes.Arn;
    if (roleArn === undefined) continue;
    const role: RolePolicy = { roleArn, roleName: resource.physicalId, statements: [], unknownManagedPolicies: [] };
    const inline = resource.properties.Policies;
    if (Array.isArray(inline)) {
      for (const policy of inline) {
        if (typeof policy === "object" && policy !== null) role.statements.push(...readPolicyStatements((policy as Record<string, unknown>).PolicyDocument));
      }
    }
    const attached = resource.properties.ManagedPolicyArns;
    if (Array.isArray(attached)) {
      for (const arn of attached) {
        if (typeof arn !== "string") continue;
        const policy = managed.get(arn);
        if (policy === undefined) role.unknownManagedPolicies.push(arn);
        else role.statements.push(...readPolicyStatements(policy.properties.PolicyDocument));
      }
    }
    roles.set(roleArn, role);
    byName.set(resource.physicalId, role);
  }

  // Policies that name their roles (AWS::IAM::Policy, and managed policies not attached by ARN).
  for (const resource of resources) {
    if (resource.type !== "AWS::IAM::Policy" && resource.type !== "AWS::IAM::ManagedPolicy") continue;
    const names = resource.properties.Roles;
    if (!Array.isArray(names)) continue;
    for (const name of names) {
      const role = typeof name === "string" ? byName.get(name) : undefined;
      if (role === undefined) continue;
      const alreadyAttached = resource.type === "AWS::IAM::ManagedPolicy" && hasManagedPolicy(resources, role.roleArn, resource);
      if (!alreadyAttached) role.statements.push(...readPolicyStatements(resource.properties.PolicyDocument));
    }
  }
  return roles;
}

function hasManagedPolicy(resources: readonly ResolvedResource[], roleArn: string, policy: ResolvedResource): boolean {
  const role = resources.find((r) => r.type === "AWS::IAM::Role" && r.attributes.Arn === roleArn);
  const attached = role?.properties.ManagedPolicyArns;
  return Array.isArray(attached) && (attached.includes(policy.physicalId) || attached.includes(policy.attributes.PolicyArn));
}
