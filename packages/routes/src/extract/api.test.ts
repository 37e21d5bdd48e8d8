// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation and stage-variable ${name} placeholders, not JS templates
import { fixture } from "../../test/fixtures";
import { checkTemplate } from "../load/check-template";
import type { ApiModel, RouteModel } from "../model";
import { restApiId } from "../resolve/physical-ids";

const { model, problems } = checkTemplate(fixture("good"), { samconfig: false, stackName: "fixture" });

function api(logicalId: string): ApiModel {
  const found = model?.apis.find((a) => a.logicalId === logicalId);
  if (!found) throw new Error(`no API ${logicalId}`);
  return found;
}

function route(operationId: string): RouteModel {
  const found = model?.apis.flatMap((a) => a.routes).find((r) => r.operationId === operationId);
  if (!found) throw new Error(`no route ${operationId}`);
  return found;
}

describe("route extraction (good fixture)", () => {
  it("loads without problems", () => {
    expect(problems).toEqual([]);
  });

  it("finds SAM APIs and plain RestApis with a Body", () => {
    expect(model?.apis.map((a) => [a.logicalId, a.restApiId, a.title, a.stageName])).toEqual([
      ["Api", restApiId("fixture", "Api"), "Fixture API", "v1"],
      ["ClassicApi", restApiId("fixture", "ClassicApi"), "Classic", "prod"],
    ]);
    expect(api("Api").restApiId).toMatch(/^[a-z0-9]{10}$/);
  });

  it("lists routes in document order with ANY for x-amazon-apigateway-any-method", () => {
    expect(api("Api").routes.map((r) => `${r.method} ${r.path} ${r.operationId}`)).toEqual([
      "PUT /items/{id} putItem",
      "ANY /files/{key+} anyFile",
      "GET /proxy proxyGet",
      "POST /sqs sendMessage",
      "OPTIONS /mock preflight",
    ]);
  });

  it("reads stage variables (Globals merged), binary media types (~1 decoded, body extension added) and CORS", () => {
    const settings = api("Api");
    expect(settings.stageVariables).toEqual({ fromGlobals: "yes", backend: "backend.example.com" });
    expect(settings.binaryMediaTypes).toEqual(["image/png", "application/octet-stream", "image/jpeg"]);
    expect(settings.cors).toEqual({ allowOrigin: "https://example.com", allowHeaders: "Content-Type,Authorization", maxAge: "600" });
    expect(settings.apiKeySource).toBe("HEADER");
  });

  it("merges path-level and operation-level parameters, following $ref", () => {
    expect(route("putItem").parameters).toEqual([
      { name: "id", in: "path", required: true, schema: { type: "string" } },
      { name: "X-Trace", in: "header", required: false, schema: { type: "string" } },
    ]);
  });

  it("inlines $ref schemas in request bodies and responses, keeping the model name", () => {
    const item = {
      type: "object",
      properties: { id: { type: "string" }, tags: { type: "array", items: { type: "string" } } },
    };
    expect(route("putItem").requestBody).toEqual({ required: true, content: { "application/json": { schema: item, modelName: "Item" } } });
    expect(route("putItem").responses["200"]).toEqual({
      statusCode: "200",
      description: "stored",
      headers: { "X-Table": { schema: { type: "string" } } },
      content: { "application/json": { schema: item, modelName: "Item" } },
    });
    expect(api("Api").models.Item).toEqual(item);
  });

  it("derives auth from operation security, the document default, and `security: []`", () => {
    expect(route("putItem").auth).toEqual({ type: "AWS_IAM", apiKeyRequired: false });
    expect(route("anyFile").auth).toEqual({ type: "NONE", apiKeyRequired: false });
    expect(route("proxyGet").auth).toEqual({ type: "AWS_IAM", apiKeyRequired: true });
    expect(route("ping").auth).toEqual({ type: "NONE", apiKeyRequired: true });
  });

  it("applies the operation's validator, else the document's", () => {
    expect(route("putItem").validator?.name).toBe("all");
    expect(route("anyFile").validator).toEqual({ name: "params", validateRequestBody: false, validateRequestParameters: true });
    expect(route("ping").validator).toBeUndefined();
  });

  it("normalises the integration and resolves intrinsics inside the body", () => {
    expect(route("putItem").integration).toEqual({
      type: "AWS",
      httpMethod: "POST",
      uri: "arn:aws:apigateway:us-east-1:dynamodb:action/PutItem",
      target: { kind: "aws-action", region: "us-east-1", service: "dynamodb", action: "PutItem", actionParams: {} },
      credentials: "arn:aws:iam::123456789012:role/fixture-Role",
      requestParameters: {
        "integration.request.header.X-Amz-Target": "'DynamoDB_20120810.PutItem'",
        "integration.request.header.X-Trace": "method.request.header.x-trace",
      },
      requestTemplates: { "application/json": '{"TableName": "fixture-items", "Item": {"id": {"S": "$input.params(\'id\')"}}}\n' },
      passthroughBehavior: "NEVER",
      timeoutInMillis: 5000,
      connectionType: "INTERNET",
      responses: [
        {
          selectionPattern: "default",
          statusCode: "200",
          responseParameters: { "method.response.header.X-Table": "'fixture-items'" },
          responseTemplates: { "application/json": "$input.json('$')" },
        },
        { selectionPattern: "4\\d{2}", statusCode: "400", responseParameters: {}, responseTemplates: {} },
      ],
    });
  });

  it("fills API Gateway's defaults and parses path, action-parameter and http targets", () => {
    expect(route("anyFile").integration).toMatchObject({
      passthroughBehavior: "WHEN_NO_MATCH",
      timeoutInMillis: 29000,
      connectionType: "INTERNET",
      contentHandling: "CONVERT_TO_BINARY",
      target: { kind: "aws-path", service: "s3", path: "fixture-bucket/{key}" },
    });
    expect(route("sendMessage").integration.target).toEqual({
      kind: "aws-action",
      region: "us-east-1",
      service: "sqs",
      action: "SendMessage",
      actionParams: { Version: "2012-11-05", QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/fixture-Queue" },
    });
    expect(route("proxyGet").integration).toMatchObject({
      type: "HTTP_PROXY",
      connectionType: "VPC_LINK",
      connectionId: expect.stringMatching(/^[a-z0-9]{6}$/),
      target: { kind: "http", url: "http://${stageVariables.backend}/things" },
    });
    expect(route("preflight").integration).toMatchObject({ type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 204}' } });
    expect(route("preflight").integration.httpMethod).toBeUndefined();
  });

  it("merges gateway responses from the body and SAM's GatewayResponses", () => {
    expect(api("Api").gatewayResponses).toEqual({
      DEFAULT_4XX: {
        type: "DEFAULT_4XX",
        responseParameters: {},
        responseTemplates: { "application/json": '{"message":$context.error.messageString}' },
      },
      THROTTLED: {
        type: "THROTTLED",
        statusCode: "429",
        responseParameters: { "gatewayresponse.header.Retry-After": "'1'" },
        responseTemplates: { "application/json": '{"message":"slow down"}' },
      },
    });
  });

  it("builds SAM's PER_API usage plan with a generated local key", () => {
    const [plan] = api("Api").usagePlans;
    expect(plan).toEqual({
      logicalId: "ApiUsagePlan",
      name: "fixture-ApiUsagePlan",
      stages: ["v1"],
      throttle: { rateLimit: 10, burstLimit: 20 },
      quota: { limit: 100, period: "DAY", offset: 0 },
      apiKeys: [
        {
          logicalId: "ApiApiKey",
          id: expect.stringMatching(/^[a-z0-9]{10}$/),
          name: "fixture-ApiApiKey",
          value: expect.stringMatching(/^[a-z0-9]{40}$/),
          enabled: true,
        },
      ],
    });
  });

  it("matches UsagePlan resources to the RestApi by id, with keys attached through UsagePlanKey", () => {
    expect(api("ClassicApi").usagePlans).toEqual([
      {
        logicalId: "ClassicPlan",
        name: "classic-plan",
        stages: ["prod"],
        throttle: { rateLimit: 1, burstLimit: 1 },
        apiKeys: [
          {
            logicalId: "ClassicKey",
            id: model?.resources.ClassicKey?.physicalId,
            name: "classic-key",
            value: "classic-key-value-0123456789",
            enabled: true,
          },
        ],
      },
    ]);
    expect(api("ClassicApi").stageVariables).toEqual({ mode: "classic" });
  });

  it("resolves outputs, including SAM's ${Api.Stage}", () => {
    expect(model?.outputs.ApiUrl).toEqual({ value: `https://${restApiId("fixture", "Api")}.execute-api.us-east-1.amazonaws.com/v1` });
    expect(model?.outputs.StreamArn?.value).toBe("arn:aws:dynamodb:us-east-1:123456789012:table/fixture-items/stream/1970-01-01T00:00:00.000");
  });
});
