import type { TemplateModel } from "@apigw-playground/routes";
import { type AwsStack, startAwsStack } from "./helpers/aws-stack";

// enforceIamPolicies: calls are checked against the execution role's policies in the template
// before they are sent; a refusal is the service's own AccessDenied answer, mapped by the template.

/** Replaces the statements of a role's (first) inline policy. */
function setRoleStatements(template: TemplateModel, logicalId: string, statements: unknown[]): void {
  const policies = template.resources[logicalId]!.properties.Policies as { PolicyDocument: { Statement: unknown } }[];
  policies[0]!.PolicyDocument.Statement = statements;
}

const json = { "content-type": "application/json" };

describe("IAM policies of the dynamodb template's roles", () => {
  let narrow: AwsStack;
  let denied: AwsStack;
  let unchecked: AwsStack;
  beforeAll(async () => {
    const otherTable = (t: TemplateModel) => `${t.resources.Table!.attributes.Arn}-other`;
    narrow = await startAwsStack("dynamodb", {
      services: ["dynamodb"],
      edit: (t) => setRoleStatements(t, "GetItemIntegrationRole", [{ Effect: "Allow", Action: "dynamodb:GetItem", Resource: otherTable(t) }]),
    });
    denied = await startAwsStack("dynamodb", {
      services: ["dynamodb"],
      edit: (t) =>
        setRoleStatements(t, "GetItemIntegrationRole", [
          { Effect: "Allow", Action: "dynamodb:*", Resource: "*" },
          { Effect: "Deny", Action: "dynamodb:Get*", Resource: t.resources.Table!.attributes.Arn },
        ]),
    });
    unchecked = await startAwsStack("dynamodb", {
      services: ["dynamodb"],
      gateway: { enforceIamPolicies: false },
      edit: (t) => setRoleStatements(t, "GetItemIntegrationRole", [{ Effect: "Allow", Action: "dynamodb:GetItem", Resource: otherTable(t) }]),
    });
  });
  afterAll(async () => {
    await Promise.all([narrow?.stop(), denied?.stop(), unchecked?.stop()]);
  });

  it("refuses a call the role may not make, with DynamoDB's AccessDeniedException (400) mapped by the template", async () => {
    const table = narrow.template.resources.Table!;
    const res = await narrow.call("GET", "/items/x");
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({
      message:
        `User: arn:aws:sts::123456789012:assumed-role/${narrow.template.resources.GetItemIntegrationRole!.physicalId}/BackplaneAssumeRoleSession ` +
        `is not authorized to perform: dynamodb:GetItem on resource: ${table.attributes.Arn} because no identity-based policy allows the dynamodb:GetItem action`,
    });
    expect(narrow.backends.received("dynamodb").some((r) => r.action === "GetItem")).toBe(false);
  });

  it("lets the other routes' roles through", async () => {
    const put = await narrow.call("PUT", "/items/y", { headers: json, body: JSON.stringify({ owner: "o", title: "t" }) });
    expect(put.status).toBe(200);
  });

  it("says so when an explicit Deny wins over an Allow", async () => {
    const res = await denied.call("GET", "/items/x");
    expect(res.status).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/is not authorized to perform: dynamodb:GetItem on resource: .* with an explicit deny in an identity-based policy$/);
  });

  it("does not check anything with enforceIamPolicies: false", async () => {
    const res = await unchecked.call("GET", "/items/x");
    expect(res.status).toBe(404);
  });
});

describe("IAM policies of the s3 template's roles", () => {
  let stack: AwsStack;
  beforeAll(async () => {
    stack = await startAwsStack("s3", {
      services: ["s3"],
      edit: (t) => {
        const bucketArn = t.resources.Bucket!.attributes.Arn;
        // GET without s3:ListBucket; PUT only under uploads/.
        setRoleStatements(t, "GetObjectIntegrationRole", [{ Effect: "Allow", Action: "s3:GetObject", Resource: `${bucketArn}/*` }]);
        setRoleStatements(t, "PutObjectIntegrationRole", [{ Effect: "Allow", Action: "s3:PutObject", Resource: `${bucketArn}/uploads/*` }]);
      },
    });
  });
  afterAll(() => stack.stop());

  it("writes under the allowed prefix and refuses elsewhere with S3's 403 AccessDenied", async () => {
    const ok = await stack.call("PUT", "/objects/uploads/a.txt", { headers: { "content-type": "text/plain" }, body: "a" });
    expect(ok.status).toBe(200);
    const refused = await stack.call("PUT", "/objects/elsewhere/a.txt", { headers: { "content-type": "text/plain" }, body: "a" });
    expect(refused.status).toBe(400);
    expect(refused.json<{ message: string }>().message).toMatch(/is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::[^"]+\/elsewhere\/a\.txt"/);
  });

  it("hides a missing key behind 403 AccessDenied when the role may not s3:ListBucket (S3's rule)", async () => {
    const missing = await stack.call("GET", "/objects/uploads/missing.txt");
    expect(missing.status).toBe(400);
    expect(missing.json<{ message: string }>().message).toMatch(/s3:ListBucket/);
    const present = await stack.call("GET", "/objects/uploads/a.txt", { headers: { accept: "text/plain" } });
    expect(present.status).toBe(200);
    expect(present.text).toBe("a");
  });
});

describe("IAM policies of the events and sns templates' roles", () => {
  let events: AwsStack;
  let sns: AwsStack;
  beforeAll(async () => {
    events = await startAwsStack("events", {
      services: ["events", "sqs"],
      edit: (t) => setRoleStatements(t, "PutEventIntegrationRole", [{ Effect: "Allow", Action: "events:PutEvents", Resource: "arn:aws:events:us-east-1:123456789012:event-bus/default" }]),
    });
    sns = await startAwsStack("sns", {
      services: ["sns"],
      edit: (t) => setRoleStatements(t, "PublishMessageIntegrationRole", [{ Effect: "Allow", Action: "sns:Subscribe", Resource: t.resources.Topic!.physicalId }]),
    });
  });
  afterAll(async () => {
    await Promise.all([events?.stop(), sns?.stop()]);
  });

  it("refuses PutEvents on a bus the role does not name", async () => {
    const res = await events.call("POST", "/events", { headers: json, body: JSON.stringify({ detailType: "x", detail: {} }) });
    expect(res.status).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/is not authorized to perform: events:PutEvents on resource: arn:aws:events:us-east-1:123456789012:event-bus\/apigw-playground-events-bus/);
    expect(events.backends.received("events").some((r) => r.action === "PutEvents")).toBe(false);
  });

  it("refuses Publish with SNS's 403 AuthorizationError", async () => {
    const res = await sns.call("POST", "/messages", { headers: json, body: JSON.stringify({ message: "m" }) });
    expect(res.status).toBe(400);
    expect(sns.backends.received("sns").some((r) => r.action === "Publish")).toBe(false);
  });
});
