import { MOCK, operation, problemsFor } from "./test-helpers";

function withIntegration(integration: Record<string, unknown>, extra: Record<string, unknown> = {}): string[] {
  return problemsFor({
    "/items/{id}": {
      get: operation("op", {
        parameters: [
          { name: "id", in: "path", required: true },
          { name: "q", in: "query" },
          { name: "X-Token", in: "header" },
        ],
        responses: { "200": { description: "ok", headers: { "X-Count": { schema: { type: "string" } } } } },
        "x-amazon-apigateway-integration": { ...MOCK, ...integration },
        ...extra,
      }),
    },
  });
}

describe("request parameters", () => {
  it("accepts every documented source", () => {
    expect(
      withIntegration({
        requestParameters: {
          "integration.request.path.id": "method.request.path.id",
          "integration.request.querystring.q": "method.request.multivaluequerystring.q",
          "integration.request.header.x-token": "method.request.header.x-token",
          "integration.request.header.A": "'static'",
          "integration.request.header.B": "context.requestId",
          "integration.request.header.C": "stageVariables.version",
          "integration.request.header.D": "method.request.body.name",
        },
      }),
    ).toEqual([]);
  });

  it("reports bad targets and sources", () => {
    expect(withIntegration({ requestParameters: { "method.request.header.x": "'a'", "integration.request.header.Y": "$input.body" } })).toEqual([
      "GET /items/{id}: x-amazon-apigateway-integration.requestParameters.method.request.header.x: method.request.header.x is not a request parameter target; use integration.request.{header|querystring|path}.NAME",
      `GET /items/{id}: x-amazon-apigateway-integration.requestParameters.integration.request.header.Y: "$input.body" is not a valid source; use method.request.{path|querystring|header}.NAME, method.request.body, 'static', context.NAME or stageVariables.NAME`,
    ]);
  });

  it("reports method request parameters the operation does not declare", () => {
    expect(withIntegration({ requestParameters: { "integration.request.path.other": "method.request.path.other" } })).toEqual([
      "GET /items/{id}: x-amazon-apigateway-integration.requestParameters.integration.request.path.other: method.request.path.other reads a path parameter the operation does not declare; add it to parameters",
    ]);
  });
});

describe("integration responses", () => {
  const respond = (responses: Record<string, unknown>) => withIntegration({ responses });

  it("accepts documented response parameter sources for declared headers", () => {
    expect(
      respond({
        default: {
          statusCode: "200",
          responseParameters: {
            "method.response.header.X-Count": "integration.response.body.Count",
            "method.response.header.x-count": "integration.response.header.X-Count",
          },
        },
      }),
    ).toEqual([]);
  });

  it("reports undeclared headers, bad targets and bad sources", () => {
    expect(respond({ default: { statusCode: "200", responseParameters: { "method.response.header.X-Other": "'1'" } } })).toEqual([
      "GET /items/{id}: x-amazon-apigateway-integration.responses.default.responseParameters.method.response.header.X-Other: header X-Other is not declared in responses.200.headers; API Gateway rejects mappings to undeclared headers",
    ]);
    expect(respond({ default: { statusCode: "200", responseParameters: { "integration.response.header.X": "method.request.path.id" } } })).toEqual([
      "GET /items/{id}: x-amazon-apigateway-integration.responses.default.responseParameters.integration.response.header.X: integration.response.header.X is not a response parameter target; use method.response.header.NAME",
      `GET /items/{id}: x-amazon-apigateway-integration.responses.default.responseParameters.integration.response.header.X: "method.request.path.id" is not a valid source; use integration.response.header.NAME, integration.response.body[.path], 'static', context.NAME or stageVariables.NAME`,
    ]);
  });

  it("needs a statusCode the operation declares", () => {
    expect(respond({ default: {} })).toEqual(["GET /items/{id}: x-amazon-apigateway-integration.responses.default.statusCode: statusCode is required"]);
    expect(respond({ default: { statusCode: "404" } })).toEqual([
      "GET /items/{id}: x-amazon-apigateway-integration.responses.default.statusCode: status 404 is not declared in the operation's responses; API Gateway needs a method response for it",
    ]);
    expect(respond({ default: { statusCode: "OK" } })).toEqual([
      'GET /items/{id}: x-amazon-apigateway-integration.responses.default.statusCode: statusCode "OK" is not an HTTP status code',
    ]);
  });

  it("checks selection patterns as regular expressions (JavaScript's, close to API Gateway's Java ones)", () => {
    expect(respond({ "2\\d{2}": { statusCode: "200" }, ".*NotFound.*": { statusCode: "200" } })).toEqual([]);
    expect(respond({ "[": { statusCode: "200" } })).toEqual([
      'GET /items/{id}: x-amazon-apigateway-integration.responses.[: selection pattern "[" is not a valid regular expression: Invalid regular expression: /[/: Unterminated character class',
    ]);
  });
});

describe("mapping templates", () => {
  it("accepts valid VTL in request and response templates", () => {
    expect(
      withIntegration({
        requestTemplates: { "application/json": "#set($x = $input.path('$'))\n{\"id\": \"$input.params('id')\"}" },
        responses: { default: { statusCode: "200", responseTemplates: { "application/json": "#foreach($i in $x)$i#end" } } },
      }),
    ).toEqual([]);
  });

  it("reports templates that do not parse, with the line inside the template", () => {
    expect(withIntegration({ requestTemplates: { "application/json": "ok\n#set($x = )" } })).toEqual([
      'GET /items/{id}: x-amazon-apigateway-integration.requestTemplates.application/json: mapping template does not parse as VTL (template line 2, column 9): unexpected ")", expected PARENTHESIS, DOLLAR, MAP_BEGIN, -, !, BOOL, BRACKET, INTEGER',
    ]);
    expect(withIntegration({ responses: { default: { statusCode: "200", responseTemplates: { "text/plain": "#if($a)" } } } })).toEqual([
      "GET /items/{id}: x-amazon-apigateway-integration.responses.default.responseTemplates.text/plain: mapping template does not parse as VTL (template line 1, column 1): #if has no matching #end",
    ]);
  });
});
