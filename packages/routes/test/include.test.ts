// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation ${name} placeholders
import { checkTemplate } from "../src/load/check-template";
import { fixture } from "./fixtures";

describe("Fn::Transform", () => {
  const { model, problems } = checkTemplate(fixture("include"), { samconfig: false, stackName: "inc" });

  it("includes a local AWS::Include file and resolves intrinsics inside it", () => {
    expect(model?.apis[0]?.title).toBe("Included");
    expect(model?.apis[0]?.routes[0]?.integration.requestTemplates).toEqual({
      "application/json": '{"statusCode": 200, "queue": "inc-Queue"}',
    });
  });

  it("reports other transforms, which only CloudFormation can run", () => {
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      "Resources.Other.Properties.Macro.Fn::Transform: cannot apply Fn::Transform MyMacro locally (only AWS::Include of a local file is supported)",
    ]);
  });
});
