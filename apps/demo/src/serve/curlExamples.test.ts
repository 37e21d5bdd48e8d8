import { findTemplatesDir, loadTemplates } from "@apigw-playground/routes";
import { curlExamples } from "./curlExamples";

const templates = loadTemplates(findTemplatesDir());
const context = {
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDLOCALPLAYGROUND", secretAccessKey: "local-playground-secret" },
  urlFor: (template: string) => `http://127.0.0.1:4510/v1#${template}`.replace(/#.*/, ""),
};

describe("curlExamples", () => {
  it("writes a signed call with a body from the route's model, then a GET that reads it back", () => {
    expect(curlExamples(templates, context).map((example) => example.command)).toEqual([
      `curl --aws-sigv4 "aws:amz:us-east-1:execute-api" --user "AKIDLOCALPLAYGROUND:local-playground-secret" -X PUT -H "content-type: application/json" -d '{"owner":"owner","title":"title"}' "http://127.0.0.1:4510/v1/items/example-id"`,
      `curl --aws-sigv4 "aws:amz:us-east-1:execute-api" --user "AKIDLOCALPLAYGROUND:local-playground-secret" "http://127.0.0.1:4510/v1/items/example-id"`,
    ]);
  });

  it("picks its routes from the templates it is given", () => {
    const mockOnly = templates.filter((template) => template.name === "mock");
    expect(curlExamples(mockOnly, context).map((example) => `${example.template}.${example.route.operationId}`)).toEqual(["mock.getHello"]);
  });
});
