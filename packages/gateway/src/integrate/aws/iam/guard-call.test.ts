import { parseAwsTarget } from "../aws-target";
import type { OutgoingRequest } from "../sign-request";
import { guardCall } from "./guard-call";
import { readPolicyStatements } from "./policy-statement";
import type { RolePolicies, RolePolicy } from "./role-policies";

const ROLE = "arn:aws:iam::111111111111:role/reader";

function policies(statement: unknown[], overrides: Partial<RolePolicy> = {}): RolePolicies {
  return new Map([[ROLE, { roleArn: ROLE, roleName: "reader", statements: readPolicyStatements({ Statement: statement }), unknownManagedPolicies: [], ...overrides }]]);
}

function request(target: string, body: unknown, method = "POST"): OutgoingRequest {
  return {
    method,
    origin: new URL("http://127.0.0.1:1"),
    path: "/",
    query: [],
    headers: { host: "127.0.0.1:1", "x-amz-target": target },
    body: Buffer.from(JSON.stringify(body)),
  };
}

const getItem = parseAwsTarget("arn:aws:apigateway:us-east-1:dynamodb:action/GetItem")!;
const tableIn = (account: string) => `arn:aws:dynamodb:us-east-1:${account}:table/items`;

describe("guardCall", () => {
  it("builds the resource ARN in the calling role's account, not the gateway's", () => {
    const guard = guardCall(policies([{ Effect: "Allow", Action: "dynamodb:GetItem", Resource: tableIn("111111111111") }]), ROLE, getItem, request("DynamoDB_20120810.GetItem", { TableName: "items" }), "123456789012");
    expect(guard.denied).toBeUndefined();
    expect(guard.checked).toBe(`dynamodb:GetItem on ${tableIn("111111111111")}`);
  });

  it("answers the service's access-denied response for a call the role may not make", () => {
    const guard = guardCall(policies([{ Effect: "Allow", Action: "dynamodb:PutItem", Resource: "*" }]), ROLE, getItem, request("DynamoDB_20120810.GetItem", { TableName: "items" }), "123456789012");
    expect(guard.denied?.status).toBe(400);
    expect(guard.denied?.body.toString()).toContain("assumed-role/reader/BackplaneAssumeRoleSession");
  });

  it("leaves unchecked a role no template defines, or one with unknown managed policies", () => {
    const call = request("DynamoDB_20120810.GetItem", { TableName: "items" });
    expect(guardCall(new Map(), ROLE, getItem, call, "123456789012").checked).toBeUndefined();
    const managed = policies([], { unknownManagedPolicies: ["arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess"] });
    expect(guardCall(managed, ROLE, getItem, call, "123456789012").denied).toBeUndefined();
  });

  it("turns S3's 404 into 403 AccessDenied when the role may not s3:ListBucket", () => {
    const target = parseAwsTarget("arn:aws:apigateway:us-east-1:s3:path/bucket/key")!;
    const get: OutgoingRequest = { method: "GET", origin: new URL("http://127.0.0.1:1"), path: "/bucket/key", query: [], headers: { host: "h" }, body: Buffer.alloc(0) };
    const notFound = { status: 404, headers: {}, body: Buffer.from("<Error><Code>NoSuchKey</Code></Error>") };
    const without = guardCall(policies([{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::bucket/*" }]), ROLE, target, get, "1");
    expect(without.review(notFound).status).toBe(403);
    const withList = guardCall(
      policies([
        { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::bucket/*" },
        { Effect: "Allow", Action: "s3:ListBucket", Resource: "arn:aws:s3:::bucket" },
      ]),
      ROLE,
      target,
      get,
      "1",
    );
    expect(withList.review(notFound)).toBe(notFound);
  });
});
