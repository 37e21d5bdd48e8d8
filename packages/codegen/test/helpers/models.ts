import type { ApiModel, RouteModel, TemplateModel } from "@apigw-playground/routes";

/** A route with nothing but what is given: a MOCK integration, SigV4, no parameters, no responses. */
export function route(overrides: Partial<RouteModel> = {}): RouteModel {
  return {
    operationId: "doThing",
    method: "GET",
    path: "/thing",
    parameters: [],
    responses: {},
    auth: { type: "AWS_IAM", apiKeyRequired: false },
    integration: {
      type: "MOCK",
      requestParameters: {},
      requestTemplates: {},
      passthroughBehavior: "WHEN_NO_MATCH",
      timeoutInMillis: 29000,
      connectionType: "INTERNET",
      responses: [],
    },
    ...overrides,
  };
}

/** An API holding `routes`, with the given models and binary media types. */
export function api(routes: RouteModel[], overrides: Partial<ApiModel> = {}): ApiModel {
  return {
    logicalId: "Api",
    restApiId: "abcdefghij",
    title: "Test API",
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

/** A template named `name` with the given APIs. */
export function template(name: string, apis: ApiModel[]): TemplateModel {
  return {
    name,
    file: `/somewhere/templates/${name}/template.yaml`,
    region: "us-east-1",
    accountId: "123456789012",
    stackName: `apigw-playground-${name}`,
    parameters: {},
    conditions: {},
    resources: {},
    outputs: {},
    apis,
  };
}

/** A JSON response. */
export function json(statusCode: string, schema: Record<string, unknown> | undefined, modelName?: string) {
  return {
    statusCode,
    headers: {},
    content: { "application/json": { ...(schema === undefined ? {} : { schema }), ...(modelName === undefined ? {} : { modelName }) } },
  };
}
