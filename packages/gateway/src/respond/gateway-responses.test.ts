import type { GatewayResponseModel } from "@apigw-playground/routes";
import { apiModel } from "@apigw-playground/routes/testing";
import { createRequestContext } from "../context/request-context";
import { parseQueryString } from "../request/query-string";
import { badRequestBody, integrationTimeout, missingAuthenticationToken } from "./gateway-failures";
import { gatewayResponse, substituteVariables } from "./gateway-responses";

function context() {
  return createRequestContext({
    accountId: "123456789012",
    apiId: "abcde12345",
    deploymentId: "d",
    stage: "v1",
    method: "GET",
    rawPath: "/v1/x",
    host: undefined,
    userAgent: undefined,
    sourceIp: "127.0.0.1",
    protocol: "HTTP/1.1",
    requestId: "req-1",
    extendedRequestId: "ext",
    now: new Date(0),
  });
}

function answer(overrides: Partial<Record<GatewayResponseModel["type"], GatewayResponseModel>>, failure = missingAuthenticationToken(), accept?: string) {
  return gatewayResponse(apiModel({ routes: [], gatewayResponses: overrides }), failure, {
    context: context(),
    stageVariables: { env: "test" },
    methodRequest: { path: {}, query: parseQueryString(""), headers: { origin: "https://example.com" }, body: () => "" },
    accept,
  });
}

function override(type: GatewayResponseModel["type"], rest: Partial<GatewayResponseModel>): GatewayResponseModel {
  return { type, responseParameters: {}, responseTemplates: {}, ...rest };
}

describe("gatewayResponse", () => {
  it("answers with API Gateway's built-in response by default", () => {
    expect(answer({})).toEqual({
      status: 403,
      headers: { "Content-Type": "application/json", "x-amzn-ErrorType": "MissingAuthenticationTokenException" },
      body: '{"message":"Missing Authentication Token"}',
    });
  });
  it("uses the API's override for the type: status, headers and template", () => {
    const result = answer({
      MISSING_AUTHENTICATION_TOKEN: override("MISSING_AUTHENTICATION_TOKEN", {
        statusCode: "404",
        responseParameters: {
          "gatewayresponse.header.X-Static": "'s'",
          "gatewayresponse.header.X-Origin": "method.request.header.Origin",
          "gatewayresponse.header.X-Env": "stageVariables.env",
        },
        responseTemplates: { "application/json": '{"error":$context.error.messageString,"type":"$context.error.responseType","id":"$context.requestId"}' },
      }),
    });
    expect(result.status).toBe(404);
    expect(result.headers).toMatchObject({ "X-Static": "s", "X-Origin": "https://example.com", "X-Env": "test" });
    expect(JSON.parse(String(result.body))).toEqual({ error: "Missing Authentication Token", type: "MISSING_AUTHENTICATION_TOKEN", id: "req-1" });
  });
  it("falls back to DEFAULT_4XX for a 4xx type without its own override", () => {
    const result = answer({ DEFAULT_4XX: override("DEFAULT_4XX", { responseTemplates: { "application/json": '{"oops":$context.error.messageString}' } }) });
    expect(result.status).toBe(403);
    expect(result.body).toBe('{"oops":"Missing Authentication Token"}');
  });
  it("falls back to DEFAULT_5XX for a 5xx type, not DEFAULT_4XX", () => {
    const overrides = {
      DEFAULT_4XX: override("DEFAULT_4XX", { responseTemplates: { "application/json": "4xx" } }),
      DEFAULT_5XX: override("DEFAULT_5XX", { statusCode: "503", responseTemplates: { "application/json": "5xx" } }),
    };
    const result = answer(overrides, integrationTimeout());
    expect(result).toMatchObject({ status: 503, body: "5xx" });
    expect(result.headers["x-amzn-ErrorType"]).toBe("InternalServerErrorException");
  });
  it("prefers the type's own override over DEFAULT_4XX", () => {
    const overrides = {
      DEFAULT_4XX: override("DEFAULT_4XX", { responseTemplates: { "application/json": "default" } }),
      BAD_REQUEST_BODY: override("BAD_REQUEST_BODY", { responseTemplates: { "application/json": '{"why":"$context.error.validationErrorString"}' } }),
    };
    expect(answer(overrides, badRequestBody("[bad]")).body).toBe('{"why":"[bad]"}');
  });
  it("picks the override's template by the first Accept type", () => {
    const result = answer(
      { MISSING_AUTHENTICATION_TOKEN: override("MISSING_AUTHENTICATION_TOKEN", { responseTemplates: { "application/json": "J", "text/plain": "T" } }) },
      missingAuthenticationToken(),
      "text/plain",
    );
    expect(result).toMatchObject({ body: "T", headers: { "Content-Type": "text/plain" } });
  });
});

describe("substituteVariables", () => {
  it("substitutes $context and $stageVariables, braced or not, and leaves other text", () => {
    const c = context();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: gateway response templates use ${context.x} literally.
    expect(substituteVariables("$context.stage ${context.identity.sourceIp} $stageVariables.env $input.body $context.nope.x", c, { env: "e" })).toBe(
      "v1 127.0.0.1 e $input.body ",
    );
  });
});
