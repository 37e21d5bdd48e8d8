import { INTEGRATION_DEFAULTS } from "../extract/integration-values";
import { parseIntegrationUri } from "../extract/integration-uri";
import { DEFAULT_LOAD_OPTIONS } from "../load/options";
import type { ApiModel, IntegrationModel, IntegrationResponseModel, RouteModel, TemplateModel } from "../model";

// Route models built by hand for tests and benchmarks. Every builder starts from what the loader
// produces when a template leaves the field out (API Gateway's defaults), then applies `overrides`.

/** An integration response: the default one (`selectionPattern: "default"`), status 200, no mappings. */
export function integrationResponse(overrides: Partial<IntegrationResponseModel> = {}): IntegrationResponseModel {
  return { selectionPattern: "default", statusCode: "200", responseParameters: {}, responseTemplates: {}, ...overrides };
}

/**
 * An integration as the loader reads one that states only its type: MOCK unless given, passthrough
 * `WHEN_NO_MATCH`, 29 s timeout, `INTERNET`, no parameters, templates or responses.
 */
export function integrationModel(overrides: Partial<IntegrationModel> = {}): IntegrationModel {
  return {
    type: "MOCK",
    requestParameters: {},
    requestTemplates: {},
    passthroughBehavior: INTEGRATION_DEFAULTS.passthroughBehavior,
    timeoutInMillis: INTEGRATION_DEFAULTS.timeoutInMillis,
    connectionType: INTEGRATION_DEFAULTS.connectionType,
    responses: [],
    ...overrides,
  };
}

/** A MOCK integration that answers 200 `{"ok": true}` (request template `{"statusCode": 200}`). */
export function mockIntegration(overrides: Partial<IntegrationModel> = {}): IntegrationModel {
  return integrationModel({
    requestTemplates: { "application/json": '{"statusCode": 200}' },
    responses: [integrationResponse({ responseTemplates: { "application/json": '{"ok": true}' } })],
    ...overrides,
  });
}

/** An HTTP (non-proxy) integration: `POST` to `uri`, the default 200 response passing the body through. */
export function httpIntegration(uri: string, overrides: Partial<IntegrationModel> = {}): IntegrationModel {
  return integrationModel({ type: "HTTP", httpMethod: "POST", uri, target: { kind: "http", url: uri }, responses: [integrationResponse()], ...overrides });
}

/** An HTTP_PROXY integration to `uri`, method `ANY` (the method request's own). */
export function httpProxyIntegration(uri: string, overrides: Partial<IntegrationModel> = {}): IntegrationModel {
  return httpIntegration(uri, { type: "HTTP_PROXY", httpMethod: "ANY", responses: [], ...overrides });
}

/** The execution role {@link awsIntegration} gives API Gateway to assume unless told otherwise. */
export const TEST_ROLE_ARN = "arn:aws:iam::123456789012:role/test-integration-role";

/**
 * An AWS (non-proxy) integration: `POST` to an `arn:aws:apigateway:…` URI (parsed into `target`),
 * credentials {@link TEST_ROLE_ARN}, the default 200 response passing the body through.
 */
export function awsIntegration(uri: string, overrides: Partial<IntegrationModel> = {}): IntegrationModel {
  const target = parseIntegrationUri(uri);
  return integrationModel({
    type: "AWS",
    httpMethod: "POST",
    uri,
    ...(target === undefined ? {} : { target }),
    credentials: TEST_ROLE_ARN,
    responses: [integrationResponse()],
    ...overrides,
  });
}

/**
 * A route: `GET /thing` unless given, `operationId` made from method and path (`get_thing`), no
 * parameters or responses, no authorization or API key, the {@link mockIntegration}.
 */
export function routeModel(overrides: Partial<RouteModel> = {}): RouteModel {
  const method = overrides.method ?? "GET";
  const path = overrides.path ?? "/thing";
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

/**
 * An API: logical id `Api`, REST API id `abcde12345` (what `$context.apiId` and the integration's
 * `User-Agent` show), stage `v1`, API Gateway's defaults for the rest, no routes unless given.
 */
export function apiModel(overrides: Partial<ApiModel> = {}): ApiModel {
  return {
    logicalId: "Api",
    restApiId: "abcde12345",
    title: "Test API",
    stageName: "v1",
    stageVariables: {},
    binaryMediaTypes: [],
    apiKeySource: "HEADER",
    validators: {},
    models: {},
    gatewayResponses: {},
    usagePlans: [],
    routes: [],
    ...overrides,
  };
}

/**
 * A template: named `test` unless given, at `/somewhere/templates/<name>/template.yaml`, in the local
 * region and account, stack `apigw-playground-<name>`, no resources and no APIs unless given.
 */
export function templateModel(overrides: Partial<TemplateModel> = {}): TemplateModel {
  const name = overrides.name ?? "test";
  return {
    name,
    file: `/somewhere/templates/${name}/template.yaml`,
    region: DEFAULT_LOAD_OPTIONS.region,
    accountId: DEFAULT_LOAD_OPTIONS.accountId,
    stackName: `${DEFAULT_LOAD_OPTIONS.stackNamePrefix}${name}`,
    parameters: {},
    conditions: {},
    resources: {},
    outputs: {},
    apis: [],
    ...overrides,
  };
}
