import { declaresParameter } from "./declaresParameter";

describe("declaresParameter", () => {
  const yaml = [
    "AWSTemplateFormatVersion: '2010-09-09'",
    "Parameters:  # inputs",
    "  StageName:",
    "    Type: String",
    "  UpstreamBaseUrl:",
    "    Type: String",
    "Resources:",
    "  Thing:",
    "    Properties:",
    "      OtherParameter: x",
  ].join("\n");

  it("finds a key directly under the top-level Parameters of a YAML template", () => {
    expect(declaresParameter(yaml, "UpstreamBaseUrl")).toBe(true);
    expect(declaresParameter(yaml, "StageName")).toBe(true);
  });

  it("does not count a key elsewhere, or a nested one, or a prefix of a name", () => {
    expect(declaresParameter(yaml, "OtherParameter")).toBe(false);
    expect(declaresParameter(yaml, "Type")).toBe(false);
    expect(declaresParameter(yaml, "Upstream")).toBe(false);
    expect(declaresParameter("Resources: {}\n", "StageName")).toBe(false);
  });

  it("reads JSON templates", () => {
    const json = JSON.stringify({ Parameters: { UpstreamBaseUrl: { Type: "String" } }, Resources: {} });
    expect(declaresParameter(json, "UpstreamBaseUrl")).toBe(true);
    expect(declaresParameter(json, "StageName")).toBe(false);
  });
});
