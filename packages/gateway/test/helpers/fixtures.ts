import { type ApiModel, type IntegrationModel, type IntegrationResponseModel, parseIntegrationUri, type RouteModel } from "@apigw-playground/routes";

/** An integration response; `selectionPattern` "default" unless given. */
export function integrationResponse(overrides: Partial<IntegrationResponseModel> = {}): IntegrationResponseModel {
  return { selectionPattern: "default", statusCode: "200", responseParameters: {}, responseTemplates: {}, ...overrides };
}

/** A MOCK integration answering 200 with the given response template. */
export function mockIntegration(overrides: Partial<IntegrationModel> = {}): IntegrationModel {
  return {
    type: "MOCK",
    requestParameters: {},
    requestTemplates: { "application/json": '{"statusCode": 200}' },
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29000,
    connectionType: "INTERNET",
    responses: [integrationResponse({ responseTemplates: { "application/json": '{"ok": true}' } })],
    ...overrides,
  };
}

/** An HTTP (non-proxy) integration to `uri`. */
export function httpIntegration(uri: string, overrides: Partial<IntegrationModel> = {}): IntegrationModel {
  return {
    type: "HTTP",
    httpMethod: "POST",
    uri,
    target: { kind: "http", url: uri },
    requestParameters: {},
    requestTemplates: {},
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29000,
    connectionType: "INTERNET",
    responses: [integrationResponse()],
    ...overrides,
  };
}

/** An HTTP_PROXY integration to `uri`. */
export function httpProxyIntegration(uri: string, overrides: Partial<IntegrationModel> = {}): IntegrationModel {
  return httpIntegration(uri, { type: "HTTP_PROXY", httpMethod: "ANY", responses: [], ...overrides });
}

/** A route without auth or validation. */
export function route(method: RouteModel["method"], path: string, overrides: Partial<RouteModel> = {}): RouteModel {
  return {
    operationId: `${method.toLowerCase()}${path.replace(/[^A-Za-z0-9]/g, "_")}`,
    method,
    path,
    parameters: [],
    responses: {},
    auth: { type: "NONE", apiKeyRequired: false },
    integration: mockIntegration(),
    ...overrides,
  };
}

/** An API with stage `v1` and the given routes. */
export function api(routes: RouteModel[], overrides: Partial<ApiModel> = {}): ApiModel {
  return {
    logicalId: "Api",
    restApiId: "abcde12345",
    title: "test api",
    stageName: "v1",
    stageVariables: {},
    binaryMediaTypes: [],
    apiKeySource: "HEADER",
    validators: {},
    models: {},
    gatewayResponses: {},
    usagePlans: [],
    routes,
    ...overrides,
  };
}

/** The execution role hand-built AWS routes use. */
export const TEST_ROLE_ARN = "arn:aws:iam::123456789012:role/test-integration-role";

/** An AWS (non-proxy) integration to an `arn:aws:apigateway:…` URI, with `TEST_ROLE_ARN`. */
export function awsIntegration(uri: string, overrides: Partial<IntegrationModel> = {}): IntegrationModel {
  const target = parseIntegrationUri(uri);
  return {
    type: "AWS",
    httpMethod: "POST",
    uri,
    ...(target === undefined ? {} : { target }),
    credentials: TEST_ROLE_ARN,
    requestParameters: {},
    requestTemplates: {},
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29000,
    connectionType: "INTERNET",
    responses: [integrationResponse()],
    ...overrides,
  };
}
