import type { ParameterModel } from "@apigw-playground/routes";
import { routeModel } from "@apigw-playground/routes/testing";
import { ModuleScope, type Statement } from "../module/moduleScope";
import { render } from "../print/doc";
import { parameterType, routeInputType } from "./routeInput";

function inputOf(r = routeModel(), binaryMediaTypes: string[] = [], models = {}) {
  const scope = new ModuleScope(models);
  const declarations: Statement[] = [];
  const type = routeInputType(r, { binaryMediaTypes }, scope, { body: "DoThingBody" }, declarations);
  return {
    text: type === undefined ? undefined : render(type.doc),
    declarations: declarations.map((d) => render(d.doc)),
    imports: scope.runtimeImports(),
  };
}

const param = (name: string, where: ParameterModel["in"], schema: Record<string, unknown>, required = false): ParameterModel => ({
  name,
  in: where,
  required,
  schema,
});

describe("parameterType", () => {
  it.each([
    ["path", { type: "string" }, "string"],
    ["path", { type: "integer" }, "number"],
    ["path", { type: "boolean" }, '"true" | "false"'],
    ["path", { type: "array", items: { type: "string" } }, "string"],
    ["path", { type: "string", enum: ["a", "b"] }, '"a" | "b"'],
    ["header", { type: "number" }, "number"],
    ["header", { type: "boolean", enum: [true] }, '"true"'],
    ["query", { type: "boolean" }, "boolean"],
    ["query", { type: "integer", enum: [1, 2] }, "1 | 2"],
    ["query", { type: "array", items: { type: "integer" } }, "readonly number[]"],
    ["query", { type: "array", items: { type: "string", enum: ["x", "y"] } }, 'readonly ("x" | "y")[]'],
    ["query", { type: "array" }, "readonly string[]"],
    ["query", { type: "object" }, "string"],
  ] as const)("types a %s parameter %j as %s", (where, schema, expected) => {
    expect(render(parameterType(schema, where).doc)).toBe(expected);
  });

  it("types a parameter without a schema as string", () => {
    expect(render(parameterType(undefined, "query").doc)).toBe("string");
  });
});

describe("routeInputType", () => {
  it("is undefined for a route that takes nothing", () => {
    expect(inputOf().text).toBeUndefined();
  });

  it("requires path parameters, in path order, even those not declared", () => {
    const r = routeModel({ path: "/a/{b}/{a+}", parameters: [param("a", "path", { type: "integer" }, true)] });
    expect(inputOf(r).text).toBe("{ path: { b: string; a: number } }");
  });

  it("makes query and headers optional unless one of their parameters is required", () => {
    const r = routeModel({
      parameters: [param("limit", "query", { type: "integer" }), param("X-Trace", "header", { type: "string" }), param("If-Match", "header", { type: "string" }, true)],
    });
    expect(inputOf(r).text).toBe('{ query?: { limit?: number }; headers: { "X-Trace"?: string; "If-Match": string } }');
  });

  it("asks an ANY route for the method", () => {
    const r = routeModel({ method: "ANY" });
    const input = inputOf(r);
    expect(input.text).toBe(["{", "  /** The HTTP method: an ANY route takes any. */", "  method: HttpMethod;", "}"].join("\n"));
    expect(input.imports).toContain("HttpMethod");
  });

  it("takes any query parameter on a proxy integration", () => {
    const proxy = routeModel({ integration: { ...routeModel().integration, type: "HTTP_PROXY" } });
    expect(inputOf(proxy).text).toContain("query?: Readonly<Record<string, QueryValue | readonly QueryValue[] | undefined>>;");
    const declared = routeModel({ parameters: [param("q", "query", { type: "string" })], integration: { ...routeModel().integration, type: "AWS_PROXY" } });
    expect(inputOf(declared).text).toBe("{ query?: { q?: string; [name: string]: QueryValue | readonly QueryValue[] | undefined } }");
  });

  it("types a JSON body by its model, required per requestBody.required", () => {
    const r = routeModel({ requestBody: { required: false, content: { "application/json": { schema: { type: "object" }, modelName: "Thing" } } } });
    expect(inputOf(r, [], { Thing: { type: "object" } }).text).toBe("{ body?: Thing }");
  });

  it("declares an inline object body as <OperationId>Body", () => {
    const schema = { type: "object", required: ["a"], properties: { a: { type: "string" } } };
    const input = inputOf(routeModel({ requestBody: { required: true, content: { "application/json": { schema } } } }));
    expect(input.text).toBe("{ body: DoThingBody }");
    expect(input.declarations).toEqual(["export interface DoThingBody {\n  a: string;\n}"]);
  });

  it("keeps a scalar inline body inline", () => {
    const input = inputOf(routeModel({ requestBody: { required: true, content: { "application/json": { schema: { type: "array", items: { type: "string" } } } } } }));
    expect(input.text).toBe("{ body: string[] }");
    expect(input.declarations).toEqual([]);
  });

  it("takes bytes for a binary body, with the declared media types as contentType", () => {
    const r = routeModel({ requestBody: { required: true, content: { "image/png": {}, "image/jpeg": {} } } });
    const text = inputOf(r, ["image/png", "image/jpeg"]).text;
    expect(text).toContain("body: BinaryBody;");
    expect(text).toContain('contentType?: "image/png" | "image/jpeg";');
  });

  it("takes any contentType when the body's media type is a range", () => {
    const r = routeModel({ requestBody: { required: false, content: { "*/*": { schema: { type: "string", format: "binary" } } } } });
    expect(inputOf(r).text).toContain("contentType?: string;");
  });

  it("leaves contentType out when the route declares a Content-Type header", () => {
    const r = routeModel({
      parameters: [param("Content-Type", "header", { type: "string" }, true)],
      requestBody: { required: true, content: { "*/*": { schema: { type: "string", format: "binary" } } } },
    });
    expect(inputOf(r).text).toBe('{ headers: { "Content-Type": string }; body: BinaryBody }');
  });
});
