import { accessDeniedResponse, type Refusal } from "./access-denied";

const principal = "arn:aws:sts::123456789012:assumed-role/reader/BackplaneAssumeRoleSession";
const refusal = (overrides: Partial<Refusal>): Refusal => ({
  service: "dynamodb",
  action: "PutItem",
  resource: "arn:aws:dynamodb:us-east-1:123456789012:table/items",
  principal,
  decision: "implicit-deny",
  ...overrides,
});

describe("accessDeniedResponse", () => {
  it("answers DynamoDB's 400 AccessDeniedException with IAM's message", () => {
    const res = accessDeniedResponse(refusal({}));
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toBe("application/x-amz-json-1.0");
    expect(JSON.parse(res.body.toString())).toEqual({
      __type: "com.amazon.coral.service#AccessDeniedException",
      Message: `User: ${principal} is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/items because no identity-based policy allows the dynamodb:PutItem action`,
    });
    expect(res.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("says when an explicit deny refused", () => {
    const res = accessDeniedResponse(refusal({ decision: "explicit-deny" }));
    expect(JSON.parse(res.body.toString()).Message).toMatch(/with an explicit deny in an identity-based policy$/);
  });

  it("answers EventBridge in JSON 1.1 and SQS with 403 and its query error code", () => {
    expect(accessDeniedResponse(refusal({ service: "events", action: "PutEvents" })).headers["content-type"]).toBe("application/x-amz-json-1.1");
    const sqs = accessDeniedResponse(refusal({ service: "sqs", action: "SendMessage" }));
    expect(sqs.status).toBe(403);
    expect(sqs.headers["x-amzn-query-error"]).toBe("AccessDenied;Sender");
  });

  it("answers SNS's 403 AuthorizationError in XML, or JSON under Accept: application/json", () => {
    const xml = accessDeniedResponse(refusal({ service: "sns", action: "Publish", resource: "arn:aws:sns:us-east-1:1:t" }));
    expect(xml.status).toBe(403);
    expect(xml.body.toString()).toContain("<Code>AuthorizationError</Code>");
    expect(xml.body.toString()).toContain("SNS:Publish");
    const json = accessDeniedResponse(refusal({ service: "sns", action: "Publish", resource: "arn:aws:sns:us-east-1:1:t", accept: "application/json" }));
    expect(JSON.parse(json.body.toString()).ErrorResponse.Error).toMatchObject({ Code: "AuthorizationError", Type: "Sender" });
  });

  it("answers S3's 403 AccessDenied XML with the resource in quotes", () => {
    const res = accessDeniedResponse(refusal({ service: "s3", action: "GetObject", resource: "arn:aws:s3:::b/<k>" }));
    expect(res.status).toBe(403);
    const xml = res.body.toString();
    expect(xml).toContain("<Code>AccessDenied</Code>");
    expect(xml).toContain("s3:GetObject on resource: &quot;arn:aws:s3:::b/&lt;k&gt;&quot;");
    expect(res.headers["x-amz-request-id"]).toBeDefined();
  });
});
