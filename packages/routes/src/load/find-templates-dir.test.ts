import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TemplateNotFoundError } from "../errors/TemplateNotFoundError";
import { findTemplatesDir } from "./find-templates-dir";
import { listTemplateFiles, loadTemplates } from "./load-templates";

describe("findTemplatesDir", () => {
  it("walks up from the given folder", () => {
    const root = mkdtempSync(join(tmpdir(), "routes-find-"));
    mkdirSync(join(root, "templates"));
    mkdirSync(join(root, "a", "b"), { recursive: true });
    expect(findTemplatesDir(join(root, "a", "b"))).toBe(join(root, "templates"));
  });

  it("falls back to the repository this package lives in", () => {
    expect(findTemplatesDir(tmpdir())).toBe(join(__dirname, "../../../../templates"));
  });
});

describe("loadTemplates", () => {
  it("loads every <name>/template.yaml, sorted, and skips folders without one", () => {
    const dir = mkdtempSync(join(tmpdir(), "routes-load-"));
    for (const name of ["b", "a", "empty"]) mkdirSync(join(dir, name));
    for (const name of ["b", "a"]) writeFileSync(join(dir, name, "template.yaml"), "Resources:\n  Q: { Type: AWS::SQS::Queue }\n");
    expect(listTemplateFiles(dir)).toEqual([join(dir, "a", "template.yaml"), join(dir, "b", "template.yaml")]);
    expect(loadTemplates(dir, { samconfig: false }).map((m) => [m.name, m.stackName])).toEqual([
      ["a", "apigw-playground-a"],
      ["b", "apigw-playground-b"],
    ]);
  });

  it("throws one TemplateProblemsError for the problems of all templates", () => {
    const dir = mkdtempSync(join(tmpdir(), "routes-load-"));
    mkdirSync(join(dir, "bad"));
    writeFileSync(join(dir, "bad", "template.yaml"), "Resources:\n  Q: { Type: AWS::SQS::Queue, Properties: { X: !Ref Nope } }\n");
    expect(() => loadTemplates(dir, { samconfig: false })).toThrow(/Ref Nope: no parameter or resource with that name/);
  });

  it("reports a missing folder as TemplateNotFoundError", () => {
    expect(() => listTemplateFiles("/no/such/dir")).toThrow(TemplateNotFoundError);
  });
});
