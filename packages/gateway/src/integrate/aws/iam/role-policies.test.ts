import { findTemplatesDir, loadTemplates, type ResolvedResource, type TemplateModel } from "@apigw-playground/routes";
import { evaluatePolicy } from "./evaluate-policy";
import { collectRolePolicies } from "./role-policies";

const ROLE_ARN = "arn:aws:iam::123456789012:role/app-role";
const allow = (action: string, resource: string) => ({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: action, Resource: resource }] });

function resource(logicalId: string, type: string, properties: Record<string, unknown>, physicalId: string, attributes: Record<string, string> = {}): ResolvedResource {
  return { logicalId, type, properties, physicalId, attributes, dependsOn: [] };
}

function template(resources: ResolvedResource[]): TemplateModel {
  return {
    name: "t",
    file: "/t/template.yaml",
    region: "us-east-1",
    accountId: "123456789012",
    stackName: "t",
    parameters: {},
    conditions: {},
    resources: Object.fromEntries(resources.map((r) => [r.logicalId, r])),
    outputs: {},
    apis: [],
  };
}

describe("collectRolePolicies", () => {
  const managedArn = "arn:aws:iam::123456789012:policy/shared";
  const policies = collectRolePolicies([
    template([
      resource("Role", "AWS::IAM::Role", { Policies: [{ PolicyName: "inline", PolicyDocument: allow("dynamodb:GetItem", "*") }], ManagedPolicyArns: [managedArn, "arn:aws:iam::aws:policy/AmazonS3FullAccess"] }, "app-role", { Arn: ROLE_ARN }),
      resource("Extra", "AWS::IAM::Policy", { Roles: ["app-role"], PolicyDocument: allow("sqs:SendMessage", "*") }, "extra"),
      resource("Shared", "AWS::IAM::ManagedPolicy", { Roles: ["app-role"], PolicyDocument: allow("sns:Publish", "*") }, managedArn, { PolicyArn: managedArn }),
      resource("Other", "AWS::IAM::Policy", { Roles: ["someone-else"], PolicyDocument: allow("s3:*", "*") }, "other"),
    ]),
  ]);
  const role = policies.get(ROLE_ARN)!;

  it("gathers inline policies, AWS::IAM::Policy and template managed policies of a role", () => {
    expect(role.roleName).toBe("app-role");
    for (const action of ["dynamodb:GetItem", "sqs:SendMessage", "sns:Publish"]) expect(evaluatePolicy(role.statements, action, "arn:x")).toBe("allow");
    expect(evaluatePolicy(role.statements, "s3:GetObject", "arn:x")).toBe("implicit-deny");
  });

  it("counts a managed policy attached both ways once", () => {
    expect(role.statements.filter((s) => s.actions?.includes("sns:Publish"))).toHaveLength(1);
  });

  it("lists managed policies no template defines (their content is unknown)", () => {
    expect(role.unknownManagedPolicies).toEqual(["arn:aws:iam::aws:policy/AmazonS3FullAccess"]);
  });

  it("finds every execution role of the repository's templates, with statements", () => {
    const all = collectRolePolicies(loadTemplates(findTemplatesDir()));
    const credentials = loadTemplates(findTemplatesDir()).flatMap((t) => t.apis.flatMap((a) => a.routes.map((r) => r.integration.credentials))).filter((c) => c !== undefined);
    expect(credentials.length).toBeGreaterThan(0);
    for (const arn of credentials) {
      expect(all.get(arn)?.statements.length).toBeGreaterThan(0);
      expect(all.get(arn)?.unknownManagedPolicies).toEqual([]);
    }
  });
});
