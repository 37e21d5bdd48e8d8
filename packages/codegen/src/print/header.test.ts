import { isGeneratedSource, registryHeader, templateHeader } from "./header";

describe("generated headers", () => {
  it("names the template by its repository path, not the absolute one", () => {
    expect(templateHeader({ name: "dynamodb", file: "/home/someone/checkout/templates/dynamodb/template.yaml" })).toBe(
      "// Generated from templates/dynamodb/template.yaml by @apigw-playground/codegen — do not edit.",
    );
  });

  it("recognises its own files by their first line", () => {
    expect(isGeneratedSource(`${templateHeader({ name: "s3", file: "/x/template.yml" })}\nexport {};\n`)).toBe(true);
    expect(isGeneratedSource(`${registryHeader}\n`)).toBe(true);
  });

  it("does not claim hand-written files or files of another generator", () => {
    expect(isGeneratedSource("// Hand-written helpers.\n")).toBe(false);
    expect(isGeneratedSource("// smithy-typescript generated code\n")).toBe(false);
    expect(isGeneratedSource(`\n${registryHeader}\n`)).toBe(false);
    expect(isGeneratedSource("")).toBe(false);
  });
});
