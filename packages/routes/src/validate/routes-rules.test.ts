import { operation, problemsFor } from "./test-helpers";

describe("path parameters", () => {
  it("must match the path template both ways", () => {
    expect(problemsFor({ "/a/{id}": { get: operation("op", { parameters: [{ name: "id", in: "path", required: true }] }) } })).toEqual([]);
    expect(problemsFor({ "/a/{id}": { get: operation("op", { parameters: [{ name: "key", in: "path", required: true }] }) } })).toEqual([
      "GET /a/{id}: parameters: path parameter {id} is not declared in parameters (in: path)",
      "GET /a/{id}: parameters: parameter key is declared in: path but /a/{id} has no {key}",
    ]);
  });

  it("takes path-level parameters into account and requires greedy parameters last", () => {
    expect(problemsFor({ "/a/{p+}": { parameters: [{ name: "p", in: "path", required: true }], get: operation("op") } })).toEqual([]);
    expect(problemsFor({ "/{p+}/b": { parameters: [{ name: "p", in: "path", required: true }], get: operation("op") } })).toEqual([
      "GET /{p+}/b: parameters: greedy path parameter {p+} must be the last path segment",
    ]);
  });
});

describe("request validators", () => {
  const validators = { "x-amazon-apigateway-request-validators": { body: { validateRequestBody: true } } };

  it("must name a declared validator, at document or operation level", () => {
    expect(problemsFor({ "/a": { get: operation("op", { "x-amazon-apigateway-request-validator": "body" }) } }, { document: validators })).toEqual([]);
    expect(problemsFor({ "/a": { get: operation("op", { "x-amazon-apigateway-request-validator": "all" }) } }, { document: validators })).toEqual([
      'GET /a: x-amazon-apigateway-request-validator: unknown request validator "all" (declared: body)',
    ]);
    expect(problemsFor({ "/a": { get: operation("op") } }, { document: { ...validators, "x-amazon-apigateway-request-validator": "x" } })).toEqual([
      'Resources.Api.Properties.DefinitionBody.x-amazon-apigateway-request-validator: unknown request validator "x" (declared: body)',
    ]);
  });
});

describe("$ref", () => {
  const components = { components: { schemas: { Item: { type: "object" } }, parameters: { Id: { name: "id", in: "path", required: true } } } };

  it("must point at something in the document", () => {
    const body = (ref: string) => ({ requestBody: { content: { "application/json": { schema: { $ref: ref } } } } });
    expect(problemsFor({ "/a/{id}": { get: operation("op", { parameters: [{ $ref: "#/components/parameters/Id" }], ...body("#/components/schemas/Item") }) } }, { document: components })).toEqual([]);
    expect(problemsFor({ "/a": { post: operation("op", body("#/components/schemas/Nope")) } }, { document: components })).toEqual([
      "POST /a: requestBody.content.application/json.schema.$ref: $ref to an unknown schema: #/components/schemas/Nope",
    ]);
    expect(problemsFor({ "/a": { post: operation("op", body("models.yaml#/Item")) } }, { document: components })).toEqual([
      "POST /a: requestBody.content.application/json.schema.$ref: $ref models.yaml#/Item points outside the document; API Gateway imports only local references (#/components/...)",
    ]);
  });

  it("may point at SAM Models", () => {
    const body = { requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } };
    expect(problemsFor({ "/a": { post: operation("op", body) } }, { properties: { Models: { Thing: { type: "object" } } } })).toEqual([]);
  });
});

describe("security", () => {
  const schemes = {
    components: {
      securitySchemes: {
        sigv4: { type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authtype": "awsSigv4" },
        api_key: { type: "apiKey", name: "x-api-key", in: "header" },
        cognito: { type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authorizer": { type: "cognito_user_pools" } },
        basic: { type: "http", scheme: "basic" },
      },
    },
  };
  const secured = (security: unknown) => problemsFor({ "/a": { get: operation("op", { security }) } }, { document: schemes });

  it("accepts SigV4 and API keys", () => {
    expect(secured([{ sigv4: [], api_key: [] }])).toEqual([]);
  });

  it("reports unknown schemes, authorizers and schemes API Gateway ignores", () => {
    expect(secured([{ oauth: [] }])).toEqual(["GET /a: security: security names oauth, which is not declared in components.securitySchemes"]);
    expect(secured([{ cognito: [] }])).toEqual([
      "GET /a: security: security scheme cognito is a Lambda/Cognito authorizer; only AWS_IAM (awsSigv4) and API keys are supported",
    ]);
    expect(secured([{ basic: [] }])).toEqual([
      "GET /a: security: security scheme basic means nothing to API Gateway; use x-amazon-apigateway-authtype: awsSigv4, or an apiKey scheme for the x-api-key header",
    ]);
  });
});

describe("operationId", () => {
  it("is required and unique across the template", () => {
    const missing = { responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": operation("x")["x-amazon-apigateway-integration"] };
    expect(problemsFor({ "/a": { get: missing, post: operation("same") }, "/b": { get: operation("same") } })).toEqual([
      "GET /a: operationId: operationId is required: the generated client uses it as the method name",
      "GET /b: operationId: operationId same is already used by POST /a; operationIds must be unique",
    ]);
  });
});

describe("API settings", () => {
  it("reports unknown gateway response types from the body and from SAM", () => {
    expect(
      problemsFor(
        { "/a": { get: operation("op") } },
        {
          document: { "x-amazon-apigateway-gateway-responses": { DEFAULT_4XX: {}, NOPE: {} } },
          properties: { GatewayResponses: { THROTTLED: {}, ALSO_NOPE: {} } },
        },
      ),
    ).toEqual([
      "Resources.Api.Properties.DefinitionBody.x-amazon-apigateway-gateway-responses.NOPE: unknown gateway response type NOPE",
      "Resources.Api.Properties.GatewayResponses.ALSO_NOPE: unknown gateway response type ALSO_NOPE",
    ]);
  });

  it("requires a stage, a valid key source and supported SAM Auth", () => {
    expect(
      problemsFor(
        { "/a": { get: operation("op") } },
        {
          document: { "x-amazon-apigateway-api-key-source": "COOKIE" },
          properties: { StageName: undefined, Auth: { DefaultAuthorizer: "MyLambda", UsagePlan: { CreateUsagePlan: "ALL" } } },
        },
      ),
    ).toEqual([
      "Resources.Api.Properties.StageName: StageName is required",
      'Resources.Api.Properties.DefinitionBody.x-amazon-apigateway-api-key-source: invalid API key source "COOKIE"; use HEADER or AUTHORIZER',
      "Resources.Api.Properties.Auth.DefaultAuthorizer: only AWS_IAM (or NONE) is supported as DefaultAuthorizer",
      "Resources.Api.Properties.Auth.UsagePlan.CreateUsagePlan: CreateUsagePlan must be PER_API, SHARED or NONE",
    ]);
  });

  it("reports APIs whose definition cannot be read locally", () => {
    expect(problemsFor({}, { properties: { DefinitionBody: undefined, DefinitionUri: "s3://bucket/api.yaml" } })).toEqual([
      "Resources.Api.Properties.DefinitionUri: the API is defined in S3 (DefinitionUri), which cannot be read locally; inline it as DefinitionBody (or use Fn::Transform AWS::Include with a local file)",
    ]);
  });
});
