// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation ${name} placeholders in expected messages
import { relative } from "node:path";
import { checkTemplate } from "../src/load/check-template";
import { loadTemplate } from "../src/load/load-template";
import { TemplateProblemsError } from "../src/errors/TemplateProblemsError";
import { formatProblem } from "../src/problems/format-problem";
import { fixture } from "./fixtures";

// The broken fixture exhibits every rule once; this is the exact list the loader must report,
// in source order, with the template shortened to T.
describe("the broken fixture", () => {
  const file = fixture("broken");
  const { problems } = checkTemplate(file, { samconfig: false });

  it("reports every problem, located by template, line, route and field", () => {
    const template = relative(process.cwd(), file);
    expect(problems.map((p) => formatProblem(p).replace(template, "T"))).toEqual([
      "T:7:5: Parameters.Env: parameter Env: \"staging\" is not one of the AllowedValues: dev, prod",
      "T:18:7: Resources.Classic.Properties: no AWS::ApiGateway::Stage (or Deployment with StageName) deploys this RestApi",
      "T:29:11: Resources.Api.Properties.GatewayResponses.NOT_A_TYPE: unknown gateway response type NOT_A_TYPE",
      "T:32:28: Resources.Api.Properties.Auth.UsagePlan.CreateUsagePlan: CreateUsagePlan must be PER_API, SHARED or NONE",
      "T:36:45: Resources.Api.Properties.DefinitionBody.x-amazon-apigateway-api-key-source: invalid API key source \"QUERY\"; use HEADER or AUTHORIZER",
      "T:37:48: Resources.Api.Properties.DefinitionBody.x-amazon-apigateway-request-validator: unknown request validator \"nope\" (none are declared in x-amazon-apigateway-request-validators)",
      "T:40:13: Resources.Api.Properties.DefinitionBody.x-amazon-apigateway-gateway-responses.DEFAULT_3XX: unknown gateway response type DEFAULT_3XX",
      "T:46:17: GET /things/{thingId}: security: security names oauth, which is not declared in components.securitySchemes",
      "T:48:17: GET /things/{thingId}: parameters: path parameter {thingId} is not declared in parameters (in: path)",
      "T:48:17: GET /things/{thingId}: parameters: parameter other is declared in: path but /things/{thingId} has no {other}",
      "T:52:23: GET /things/{thingId}: x-amazon-apigateway-integration.type: unknown integration type \"lambda\"; use one of AWS, AWS_PROXY, HTTP, HTTP_PROXY, MOCK",
      "T:59:17: GET /typeless: x-amazon-apigateway-integration.type: type is required (one of AWS, AWS_PROXY, HTTP, HTTP_PROXY, MOCK)",
      "T:64:17: POST /aws: security: security scheme custom is a Lambda/Cognito authorizer; only AWS_IAM (awsSigv4) and API keys are supported",
      "T:65:54: POST /aws: x-amazon-apigateway-request-validator: unknown request validator \"strict\" (none are declared in x-amazon-apigateway-request-validators)",
      "T:69:37: POST /aws: requestBody.content.application/json.schema.$ref: $ref to an unknown schema: #/components/schemas/Missing",
      "T:76:17: POST /aws: x-amazon-apigateway-integration.httpMethod: httpMethod is required for AWS integrations",
      "T:77:22: POST /aws: x-amazon-apigateway-integration.uri: AWS uri must be arn:aws:apigateway:{region}:{service}:action/{Action} or :path/{path}, got \"arn:aws:apigateway:us-east-1:dynamodb:GetItem\"",
      "T:78:30: POST /aws: x-amazon-apigateway-integration.credentials: credentials must be an IAM role ARN (arn:aws:iam::<account>:role/<name>, e.g. !GetAtt Role.Arn), got \"my-role\"",
      "T:79:38: POST /aws: x-amazon-apigateway-integration.passthroughBehavior: invalid passthroughBehavior \"SOMETIMES\"; use one of WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER",
      "T:80:34: POST /aws: x-amazon-apigateway-integration.contentHandling: invalid contentHandling \"CONVERT_TO_JSON\"; use CONVERT_TO_TEXT or CONVERT_TO_BINARY (or leave it out to pass payloads through)",
      "T:82:50: POST /aws: x-amazon-apigateway-integration.requestParameters.integration.request.body.name: integration.request.body.name is not a request parameter target; use integration.request.{header|querystring|path}.NAME",
      "T:83:51: POST /aws: x-amazon-apigateway-integration.requestParameters.integration.request.header.X-A: \"method.request.cookie.session\" is not a valid source; use method.request.{path|querystring|header}.NAME, method.request.body, 'static', context.NAME or stageVariables.NAME",
      "T:84:54: POST /aws: x-amazon-apigateway-integration.requestParameters.integration.request.querystring.q: method.request.querystring.missing reads a query parameter the operation does not declare; add it to parameters",
      "T:86:37: POST /aws: x-amazon-apigateway-integration.requestTemplates.application/json: mapping template does not parse as VTL (template line 1, column 1): #if has no matching #end",
      "T:89:33: POST /aws: x-amazon-apigateway-integration.responses.default.statusCode: status 201 is not declared in the operation's responses; API Gateway needs a method response for it",
      "T:91:21: POST /aws: x-amazon-apigateway-integration.responses.(unclosed: selection pattern \"(unclosed\" is not a valid regular expression: Invalid regular expression: /(unclosed/: Unterminated group",
      "T:93:45: POST /aws: x-amazon-apigateway-integration.responses.(unclosed.responseParameters.method.response.body: method.response.body is not a response parameter target; use method.response.header.NAME",
      "T:94:58: POST /aws: x-amazon-apigateway-integration.responses.(unclosed.responseParameters.method.response.header.X-Declared: \"integration.request.header.x\" is not a valid source; use integration.response.header.NAME, integration.response.body[.path], 'static', context.NAME or stageVariables.NAME",
      "T:95:60: POST /aws: x-amazon-apigateway-integration.responses.(unclosed.responseParameters.method.response.header.X-Undeclared: header X-Undeclared is not declared in responses.200.headers; API Gateway rejects mappings to undeclared headers",
      "T:97:41: POST /aws: x-amazon-apigateway-integration.responses.(unclosed.responseTemplates.application/json: mapping template does not parse as VTL (template line 1, column 15): unexpected \")\", expected PARENTHESIS, DOLLAR, MAP_BEGIN, -, !, BOOL, BRACKET, INTEGER",
      "T:104:17: GET /http: x-amazon-apigateway-integration.connectionId: a VPC_LINK integration needs connectionId (the VPC link's id, e.g. !Ref VpcLink)",
      "T:105:29: GET /http: x-amazon-apigateway-integration.httpMethod: httpMethod \"FETCH\" is not one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY",
      "T:106:22: GET /http: x-amazon-apigateway-integration.uri: HTTP uri must be an absolute http(s) URL, got \"ftp://example.com/x\"",
      "T:110:28: DELETE /http: operationId: operationId getHttp is already used by GET /http; operationIds must be unique",
      "T:117:43: DELETE /http: x-amazon-apigateway-integration.credentials.Fn::ImportValue: cannot resolve Fn::ImportValue shared-role locally: exports of other stacks are not available",
      "T:118:33: DELETE /http: x-amazon-apigateway-integration.connectionType: invalid connectionType \"PRIVATE\"; use INTERNET or VPC_LINK",
      "T:123:17: GET /files/{rest+}/tail: parameters: greedy path parameter {rest+} must be the last path segment",
      "T:134:15: GET /nothing: operationId: operationId is required: the generated client uses it as the method name",
      "T:139:42: GET /nothing: x-amazon-apigateway-integration.requestTemplates.application/json.Fn::Sub: cannot resolve Fn::GetAtt Thing.Arn for type Custom::Thing locally",
      "T:141:15: PUT /nothing: x-amazon-apigateway-integration: the operation has no integration; API Gateway cannot import a method without one",
    ]);
  });

  it("separates the route from the field inside the operation", () => {
    expect(problems.find((p) => p.field === "x-amazon-apigateway-integration.passthroughBehavior")).toEqual({
      template: relative(process.cwd(), file),
      line: 79,
      column: 38,
      route: "POST /aws",
      field: "x-amazon-apigateway-integration.passthroughBehavior",
      message: 'invalid passthroughBehavior "SOMETIMES"; use one of WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER',
    });
  });

  it("makes loadTemplate throw TemplateProblemsError listing them all", () => {
    expect(() => loadTemplate(file, { samconfig: false })).toThrow(TemplateProblemsError);
    try {
      loadTemplate(file, { samconfig: false });
    } catch (error) {
      expect((error as TemplateProblemsError).problems).toEqual(problems);
      expect((error as Error).message.split("\n")).toHaveLength(problems.length + 1);
    }
  });
});
