import { checkTemplateSource } from "../load/check-template";
import { apiModel, awsIntegration, httpProxyIntegration, integrationModel, mockIntegration, routeModel, TEST_ROLE_ARN, templateModel } from "./model-builders";

// The smallest template whose API the builders' defaults describe: what the loader fills in
// for everything it leaves out must be what the builders fill in.
const source = `
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: v1
      DefinitionBody:
        openapi: "3.0.1"
        info: { title: Test API, version: "1" }
        paths:
          /thing:
            get:
              operationId: get_thing
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates: { application/json: '{"statusCode": 200}' }
                responses:
                  default:
                    statusCode: "200"
                    responseTemplates: { application/json: '{"ok": true}' }
          /bare:
            get:
              operationId: get_bare
              x-amazon-apigateway-integration:
                type: mock
`;

const { model } = checkTemplateSource(source, "/somewhere/templates/test/template.yaml", { samconfig: false });
const loaded = model?.apis[0];

describe("route-model builders", () => {
  it("build the route, API and template the loader reads when the template leaves the rest out", () => {
    expect(loaded?.routes[0]).toEqual(routeModel());
    expect(loaded).toEqual(apiModel({ restApiId: loaded?.restApiId, routes: [routeModel(), routeModel({ path: "/bare", integration: integrationModel() })] }));
    expect({ ...model, resources: {}, apis: [] }).toEqual(templateModel());
  });

  it("derive the operationId from method and path unless one is given", () => {
    expect(routeModel({ method: "POST", path: "/items/{id}" }).operationId).toBe("post_items__id_");
    expect(routeModel({ operationId: "putItem", method: "PUT" }).operationId).toBe("putItem");
  });

  it("apply overrides over the MOCK integration and parse an AWS integration's URI", () => {
    expect(mockIntegration({ passthroughBehavior: "NEVER" })).toMatchObject({ type: "MOCK", passthroughBehavior: "NEVER", requestTemplates: { "application/json": '{"statusCode": 200}' } });
    expect(httpProxyIntegration("http://127.0.0.1:1/{p}")).toMatchObject({ type: "HTTP_PROXY", httpMethod: "ANY", target: { kind: "http", url: "http://127.0.0.1:1/{p}" }, responses: [] });
    expect(awsIntegration("arn:aws:apigateway:us-east-1:sqs:action/SendMessage")).toMatchObject({
      type: "AWS",
      credentials: TEST_ROLE_ARN,
      target: { kind: "aws-action", service: "sqs", action: "SendMessage" },
    });
  });
});
