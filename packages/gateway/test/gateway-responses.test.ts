import { apiModel, mockIntegration, routeModel } from "@apigw-playground/routes/testing";
import { serve } from "./helpers/gateway";
import { send } from "./helpers/http";

const validated = routeModel({
  method: "POST",
  path: "/pets",
  parameters: [{ name: "X-Trace", in: "header", required: true }],
  validator: { name: "all", validateRequestBody: true, validateRequestParameters: true },
  requestBody: {
    required: true,
    content: { "application/json": { schema: { type: "object", required: ["name"], properties: { name: { type: "string" } } } } },
  },
  integration: mockIntegration(),
});

let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(
    apiModel({
      routes: [validated],
      stageVariables: { team: "pets" },
      gatewayResponses: {
        DEFAULT_4XX: {
          type: "DEFAULT_4XX",
          responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
          responseTemplates: { "application/json": '{"message":$context.error.messageString,"type":"$context.error.responseType"}' },
        },
        BAD_REQUEST_BODY: {
          type: "BAD_REQUEST_BODY",
          statusCode: "422",
          responseParameters: {
            "gatewayresponse.header.X-Trace": "method.request.header.X-Trace",
            "gatewayresponse.header.X-Team": "stageVariables.team",
          },
          responseTemplates: { "application/json": '{"error":"$context.error.validationErrorString","id":"$context.requestId"}' },
        },
      },
    }),
  );
});
afterAll(() => server.gateway.stop());

describe("gateway responses", () => {
  it("answers a bad body with the API's BAD_REQUEST_BODY override", async () => {
    const res = await send(server.url, "/pets", { method: "POST", headers: { "Content-Type": "application/json", "X-Trace": "t-1" }, body: "{}" });
    expect(res.status).toBe(422);
    expect(res.headers["x-trace"]).toBe("t-1");
    expect(res.headers["x-team"]).toBe("pets");
    expect(res.headers["x-amzn-errortype"]).toBe("BadRequestException");
    // Simple substitution, no escaping: the quotes of the validator's message end up raw, as in API Gateway.
    expect(res.text).toBe(`{"error":"[object has missing required properties (["name"])]","id":"${res.headers["x-amzn-requestid"]}"}`);
  });
  it("answers missing parameters with DEFAULT_4XX, keeping the type's status", async () => {
    const res = await send(server.url, "/pets", { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"name":"a"}' });
    expect(res.status).toBe(400);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.json()).toEqual({ message: "Missing required request parameters: [X-Trace]", type: "BAD_REQUEST_PARAMETERS" });
  });
  it("answers an unknown route with DEFAULT_4XX too", async () => {
    const res = await send(server.url, "/nothing");
    expect(res.status).toBe(403);
    expect(res.json()).toEqual({ message: "Missing Authentication Token", type: "MISSING_AUTHENTICATION_TOKEN" });
  });
  it("lets a valid request through to the integration", async () => {
    const res = await send(server.url, "/pets", { method: "POST", headers: { "Content-Type": "application/json", "X-Trace": "t" }, body: '{"name":"a"}' });
    expect(res.status).toBe(200);
  });
});
