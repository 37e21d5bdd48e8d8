import { stringify } from "yaml";
import { checkTemplateSource } from "../load/check-template";

export interface ApiFixture {
  /** Extra top-level keys of the OpenAPI document (`components`, extensions). */
  document?: Record<string, unknown>;
  /** Extra properties of the `AWS::Serverless::Api`. */
  properties?: Record<string, unknown>;
  /** Extra resources. */
  resources?: Record<string, unknown>;
}

/** A valid MOCK integration to build operations from. */
export const MOCK = {
  type: "MOCK",
  requestTemplates: { "application/json": '{"statusCode": 200}' },
  responses: { default: { statusCode: "200" } },
};

/** An operation with an id, a 200 response and the given integration (MOCK by default). */
export function operation(operationId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { operationId, responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": MOCK, ...extra };
}

/**
 * The problems of a one-API template with `paths`, as `route: field: message` (no file or
 * position), so each rule's test reads as what a user would see.
 */
export function problemsFor(paths: Record<string, unknown>, fixture: ApiFixture = {}): string[] {
  const template = {
    Resources: {
      Role: { Type: "AWS::IAM::Role", Properties: { AssumeRolePolicyDocument: {} } },
      Api: {
        Type: "AWS::Serverless::Api",
        Properties: {
          StageName: "v1",
          DefinitionBody: { openapi: "3.0.1", info: { title: "T", version: "1" }, paths, ...fixture.document },
          ...fixture.properties,
        },
      },
      ...fixture.resources,
    },
  };
  const { problems } = checkTemplateSource(stringify(template), "/virtual/rule-test/template.yaml", { samconfig: false });
  return problems.map((p) => [p.route, p.field, p.message].filter((part) => part !== undefined).join(": "));
}
