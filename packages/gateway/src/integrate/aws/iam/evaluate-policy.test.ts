import { evaluatePolicy, wildcardMatch } from "./evaluate-policy";
import { type PolicyStatement, readPolicyStatements } from "./policy-statement";

const TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/items";
const policy = (...statement: unknown[]): PolicyStatement[] => readPolicyStatements({ Version: "2012-10-17", Statement: statement });

describe("evaluatePolicy", () => {
  it("allows an action a statement allows on the resource", () => {
    expect(evaluatePolicy(policy({ Effect: "Allow", Action: "dynamodb:GetItem", Resource: TABLE }), "dynamodb:GetItem", TABLE)).toBe("allow");
  });

  it("denies implicitly what no statement allows", () => {
    expect(evaluatePolicy(policy({ Effect: "Allow", Action: "dynamodb:GetItem", Resource: TABLE }), "dynamodb:PutItem", TABLE)).toBe("implicit-deny");
    expect(evaluatePolicy(policy({ Effect: "Allow", Action: "dynamodb:GetItem", Resource: TABLE }), "dynamodb:GetItem", `${TABLE}-2`)).toBe("implicit-deny");
    expect(evaluatePolicy([], "dynamodb:GetItem", TABLE)).toBe("implicit-deny");
  });

  it("lets an explicit Deny win over any Allow", () => {
    const statements = policy({ Effect: "Allow", Action: "*", Resource: "*" }, { Effect: "Deny", Action: "dynamodb:Get*", Resource: TABLE });
    expect(evaluatePolicy(statements, "dynamodb:GetItem", TABLE)).toBe("explicit-deny");
    expect(evaluatePolicy(statements, "dynamodb:PutItem", TABLE)).toBe("allow");
  });

  it("matches actions case-insensitively and resources case-sensitively", () => {
    const statements = policy({ Effect: "Allow", Action: "DynamoDB:getitem", Resource: TABLE });
    expect(evaluatePolicy(statements, "dynamodb:GetItem", TABLE)).toBe("allow");
    expect(evaluatePolicy(statements, "dynamodb:GetItem", TABLE.toUpperCase())).toBe("implicit-deny");
  });

  it("reads lists of actions and resources", () => {
    const statements = policy({ Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject"], Resource: ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"] });
    expect(evaluatePolicy(statements, "s3:PutObject", "arn:aws:s3:::b/x")).toBe("allow");
    expect(evaluatePolicy(statements, "s3:DeleteObject", "arn:aws:s3:::b/x")).toBe("implicit-deny");
  });

  it("applies NotAction and NotResource", () => {
    const statements = policy({ Effect: "Allow", NotAction: "dynamodb:Delete*", NotResource: `${TABLE}-secret` });
    expect(evaluatePolicy(statements, "dynamodb:GetItem", TABLE)).toBe("allow");
    expect(evaluatePolicy(statements, "dynamodb:DeleteItem", TABLE)).toBe("implicit-deny");
    expect(evaluatePolicy(statements, "dynamodb:GetItem", `${TABLE}-secret`)).toBe("implicit-deny");
  });

  it("reads a single statement object as well as a list", () => {
    expect(evaluatePolicy(readPolicyStatements({ Statement: { Effect: "Allow", Action: "sns:Publish", Resource: "*" } }), "sns:Publish", "arn:aws:sns:us-east-1:1:t")).toBe("allow");
  });

  it("treats conditional statements permissively (conditions are not evaluated locally)", () => {
    const statements = policy(
      { Effect: "Allow", Action: "sqs:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "true" } } },
      { Effect: "Deny", Action: "sqs:*", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } },
    );
    expect(evaluatePolicy(statements, "sqs:SendMessage", "arn:aws:sqs:us-east-1:1:q")).toBe("allow");
  });
});

describe("wildcardMatch", () => {
  it("reads * as any run of characters and ? as one character", () => {
    expect(wildcardMatch("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b.png", false)).toBe(true);
    expect(wildcardMatch("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket", false)).toBe(false);
    expect(wildcardMatch("arn:aws:states:*:*:execution:orders:?", "arn:aws:states:us-east-1:1:execution:orders:a", false)).toBe(true);
    expect(wildcardMatch("arn:aws:states:*:*:execution:orders:?", "arn:aws:states:us-east-1:1:execution:orders:ab", false)).toBe(false);
  });

  it("takes regex characters in patterns literally", () => {
    expect(wildcardMatch("arn:aws:s3:::a.b/(x)+", "arn:aws:s3:::a.b/(x)+", false)).toBe(true);
    expect(wildcardMatch("arn:aws:s3:::a.b/(x)+", "arn:aws:s3:::aXb/(x)+", false)).toBe(false);
  });
});
