// biome-ignore-all lint/suspicious/noTemplateCurlyInString: stage-variable ${name} placeholders, not JS templates
import { MOCK, operation, problemsFor } from "./test-helpers";

const aws = (extra: Record<string, unknown>) => ({
  type: "AWS",
  httpMethod: "POST",
  uri: "arn:aws:apigateway:us-east-1:sqs:action/SendMessage",
  credentials: "arn:aws:iam::123456789012:role/api",
  responses: { default: { statusCode: "200" } },
  ...extra,
});

function integrationProblems(integration: Record<string, unknown>): string[] {
  return problemsFor({ "/x": { post: operation("op", { "x-amazon-apigateway-integration": integration }) } });
}

describe("integration type", () => {
  it("accepts every type in any case", () => {
    for (const type of ["aws", "AWS_PROXY", "http", "Http_Proxy"]) {
      expect(integrationProblems(aws({ type, uri: type.toUpperCase().startsWith("HTTP") ? "https://example.com" : aws({}).uri }))).toEqual([]);
    }
    expect(integrationProblems({ ...MOCK, type: "mock" })).toEqual([]);
  });

  it("reports an unknown or missing type, and a missing integration", () => {
    expect(integrationProblems(aws({ type: "LAMBDA" }))).toEqual([
      'POST /x: x-amazon-apigateway-integration.type: unknown integration type "LAMBDA"; use one of AWS, AWS_PROXY, HTTP, HTTP_PROXY, MOCK',
    ]);
    expect(integrationProblems(aws({ type: undefined }))).toEqual([
      "POST /x: x-amazon-apigateway-integration.type: type is required (one of AWS, AWS_PROXY, HTTP, HTTP_PROXY, MOCK)",
    ]);
    expect(problemsFor({ "/x": { get: { operationId: "op", responses: {} } } })).toEqual([
      "GET /x: x-amazon-apigateway-integration: the operation has no integration; API Gateway cannot import a method without one",
    ]);
  });
});

describe("integration httpMethod", () => {
  it("is required for non-MOCK integrations and must be a method", () => {
    expect(integrationProblems(aws({ httpMethod: undefined }))).toEqual([
      "POST /x: x-amazon-apigateway-integration.httpMethod: httpMethod is required for AWS integrations",
    ]);
    expect(integrationProblems(aws({ httpMethod: "SEND" }))).toEqual([
      'POST /x: x-amazon-apigateway-integration.httpMethod: httpMethod "SEND" is not one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY',
    ]);
    expect(integrationProblems(aws({ httpMethod: "post" }))).toEqual([]);
  });
});

describe("integration uri", () => {
  it("requires an apigateway ARN with action/ or path/ for AWS integrations", () => {
    expect(integrationProblems(aws({ uri: "arn:aws:apigateway:us-east-1:s3:path/bucket/{key}" }))).toEqual([]);
    expect(integrationProblems(aws({ uri: "arn:aws:apigateway:us-east-1:sqs:action/" }))).toHaveLength(1);
    expect(integrationProblems(aws({ uri: "arn:aws:sqs:us-east-1:123456789012:queue" }))).toEqual([
      'POST /x: x-amazon-apigateway-integration.uri: AWS uri must be arn:aws:apigateway:{region}:{service}:action/{Action} or :path/{path}, got "arn:aws:sqs:us-east-1:123456789012:queue"',
    ]);
    expect(integrationProblems(aws({ uri: undefined }))).toEqual(["POST /x: x-amazon-apigateway-integration.uri: uri is required for AWS integrations"]);
  });

  it("requires an absolute http(s) URL for HTTP integrations, allowing stage variables and {params}", () => {
    const http = (uri: string) => integrationProblems({ type: "HTTP_PROXY", httpMethod: "GET", uri });
    expect(http("https://example.com/a/{id}")).toEqual([]);
    expect(http("http://${stageVariables.host}:8080/a")).toEqual([]);
    expect(http("/relative")).toEqual(['POST /x: x-amazon-apigateway-integration.uri: HTTP_PROXY uri must be an absolute http(s) URL, got "/relative"']);
    expect(http("http://")).toHaveLength(1);
  });
});

describe("passthroughBehavior and contentHandling", () => {
  it("accepts any case and reports unknown values", () => {
    expect(integrationProblems(aws({ passthroughBehavior: "when_no_templates", contentHandling: "convert_to_text" }))).toEqual([]);
    expect(integrationProblems(aws({ passthroughBehavior: "ALWAYS" }))).toEqual([
      'POST /x: x-amazon-apigateway-integration.passthroughBehavior: invalid passthroughBehavior "ALWAYS"; use one of WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER',
    ]);
    expect(integrationProblems(aws({ responses: { default: { statusCode: "200", contentHandling: "BASE64" } } }))).toEqual([
      'POST /x: x-amazon-apigateway-integration.responses.default.contentHandling: invalid contentHandling "BASE64"; use CONVERT_TO_TEXT or CONVERT_TO_BINARY (or leave it out to pass payloads through)',
    ]);
  });
});

describe("credentials", () => {
  it("must be an IAM role ARN, or the caller-credentials wildcard", () => {
    expect(integrationProblems(aws({ credentials: "arn:aws:iam::*:user/*" }))).toEqual([]);
    expect(integrationProblems(aws({ credentials: { "Fn::GetAtt": ["Role", "Arn"] } }))).toEqual([]);
    expect(integrationProblems(aws({ credentials: "arn:aws:iam::123456789012:user/bob" }))).toEqual([
      'POST /x: x-amazon-apigateway-integration.credentials: credentials must be an IAM role ARN (arn:aws:iam::<account>:role/<name>, e.g. !GetAtt Role.Arn), got "arn:aws:iam::123456789012:user/bob"',
    ]);
  });
});

describe("VPC links", () => {
  const viaLink = (extra: Record<string, unknown>) =>
    integrationProblems({ type: "HTTP_PROXY", httpMethod: "GET", uri: "http://nlb.example.com", connectionType: "VPC_LINK", ...extra });

  it("needs a connectionId", () => {
    expect(viaLink({ connectionId: "abc123" })).toEqual([]);
    expect(viaLink({})).toEqual([
      "POST /x: x-amazon-apigateway-integration.connectionId: a VPC_LINK integration needs connectionId (the VPC link's id, e.g. !Ref VpcLink)",
    ]);
  });

  it("is only for HTTP integrations and only INTERNET or VPC_LINK", () => {
    expect(viaLink({ connectionId: "abc123", type: "AWS", uri: aws({}).uri })).toEqual([
      "POST /x: x-amazon-apigateway-integration.connectionType: VPC_LINK connections are for HTTP and HTTP_PROXY integrations, not AWS",
    ]);
    expect(viaLink({ connectionType: "private" })).toEqual([
      'POST /x: x-amazon-apigateway-integration.connectionType: invalid connectionType "private"; use INTERNET or VPC_LINK',
    ]);
  });
});
