import { loadTemplates } from "@apigw-playground/routes";
import { apiModel, routeModel, templateModel } from "@apigw-playground/routes/testing";
import { anyKeywords } from "../test/helpers/anyKeywords";
import { biomeFormat } from "../test/helpers/biomeFormat";
import { fixtureGeneratedDir, fixtureTemplatesDir } from "../test/helpers/fixtures";
import { json } from "../test/helpers/models";
import { UnsupportedTemplateError } from "./errors/UnsupportedTemplateError";
import { diffGeneratedFiles } from "./files/syncGeneratedFiles";
import { generateClientModules } from "./generateClientModules";

describe("generateClientModules", () => {
  const shop = loadTemplates(fixtureTemplatesDir);

  it("writes the fixture template exactly as committed in test/fixtures/generated (regenerate with pnpm fixtures)", () => {
    const diff = diffGeneratedFiles(fixtureGeneratedDir, generateClientModules(shop));
    expect(diff).toEqual({ stale: [], missing: [], extra: [], unchanged: ["index.ts", "shop.ts"] });
  });

  it("writes code already formatted as biome formats it", () => {
    for (const [name, contents] of generateClientModules(shop)) expect(biomeFormat(contents, name)).toBe(contents);
  });

  it("gives the same bytes whatever the order of the templates and wherever the checkout is", () => {
    const a = templateModel({ name: "alpha", apis: [apiModel({ routes: [routeModel({ operationId: "ping" })] })] });
    const b = templateModel({ name: "beta", apis: [apiModel({ routes: [routeModel({ operationId: "pong", responses: { "200": json("200", { type: "string" }) } })] })] });
    const moved = { ...a, file: "/elsewhere/checkout/templates/alpha/template.yaml" };
    const first = generateClientModules([a, b]);
    expect(generateClientModules([b, moved])).toEqual(first);
    expect([...first.keys()]).toEqual(["alpha.ts", "beta.ts", "index.ts"]);
    expect(first.get("alpha.ts")).not.toContain("/somewhere");
  });

  it("starts every file with the generated header", () => {
    const files = generateClientModules([templateModel({ name: "alpha", apis: [apiModel({ routes: [routeModel()] })] })]);
    expect(files.get("alpha.ts")?.split("\n")[0]).toBe(
      "// Generated from templates/alpha/template.yaml by @apigw-playground/codegen — do not edit.",
    );
    expect(files.get("index.ts")?.split("\n")[0]).toBe(
      "// Generated from templates/*/template.yaml by @apigw-playground/codegen — do not edit.",
    );
  });

  it("registers every template with an API in name order, and skips one without", () => {
    const files = generateClientModules([templateModel({ name: "zeta", apis: [apiModel({ routes: [routeModel()] })] }), templateModel({ name: "outputs-only" }), templateModel({ name: "my-api", apis: [apiModel({ routes: [routeModel()] })] })]);
    expect([...files.keys()]).toEqual(["index.ts", "my-api.ts", "zeta.ts"]);
    expect(files.get("index.ts")).toContain(
      ['export const templates = {', '  "my-api": createMyApiOperations,', "  zeta: createZetaOperations,", "} as const satisfies TemplateRegistry;"].join("\n"),
    );
    expect(files.get("index.ts")).toContain(['export type * as myApi from "./my-api";', 'export type * as zeta from "./zeta";'].join("\n"));
  });

  it("writes no `any`", () => {
    expect(anyKeywords("let x: any; // any\nconst y = 'any';")).toEqual(["1:8"]);
    for (const contents of generateClientModules(shop).values()) expect(anyKeywords(contents)).toEqual([]);
  });

  it("refuses a template with two REST APIs, naming both", () => {
    const two = templateModel({ name: "double", apis: [apiModel({ routes: [routeModel()], logicalId: "PublicApi" }), apiModel({ routes: [routeModel()], logicalId: "AdminApi" })] });
    expect(() => generateClientModules([two])).toThrow(UnsupportedTemplateError);
    expect(() => generateClientModules([two])).toThrow(/templates\/double defines 2 REST APIs \(PublicApi, AdminApi\)/);
  });

  it("refuses template names the generated folder or a property cannot carry", () => {
    expect(() => generateClientModules([templateModel({ name: "index", apis: [apiModel({ routes: [routeModel()] })] })])).toThrow(/cannot be named index/);
    expect(() => generateClientModules([templateModel({ name: "my api", apis: [apiModel({ routes: [routeModel()] })] })])).toThrow(/"my api" cannot name a generated file/);
    const twice = templateModel({ name: "same", apis: [apiModel({ routes: [routeModel()] })] });
    expect(() => generateClientModules([twice, { ...twice }])).toThrow(/two templates are named same/);
  });
});
