import type { RouteModel } from "@apigw-playground/routes";
import { routeModel } from "@apigw-playground/routes/testing";
import { json } from "../../test/helpers/models";
import { ModuleScope, type Statement } from "../module/moduleScope";
import { render } from "../print/doc";
import { routeResults } from "./routeResults";

const error = { type: "object", required: ["message"], properties: { message: { type: "string" } } };
const item = { type: "object", required: ["id"], properties: { id: { type: "string" } } };

function resultsOf(responses: RouteModel["responses"], binaryMediaTypes: string[] = []) {
  const scope = new ModuleScope({ Error: error, Item: item });
  const declarations: Statement[] = [];
  const results = routeResults(routeModel({ responses }), { binaryMediaTypes }, scope, "DoThing", declarations);
  return {
    output: render(results.output.doc),
    errors: results.errors.map((e) => `${e.status}: ${render(e.type.doc)}`),
    declarations: declarations.map((d) => render(d.doc)),
  };
}

describe("routeResults", () => {
  it("types the output from the 2xx responses, one union without duplicates", () => {
    expect(resultsOf({ "200": json("200", item, "Item"), "201": json("201", item, "Item") }).output).toBe("Item");
    expect(resultsOf({ "200": json("200", item, "Item"), "202": { statusCode: "202", headers: {}, content: {} } }).output).toBe("Item | undefined");
  });

  it("resolves an empty 204 to undefined", () => {
    expect(resultsOf({ "204": { statusCode: "204", headers: {}, content: {} } }).output).toBe("undefined");
  });

  it("resolves a binary response to BinaryResult", () => {
    expect(resultsOf({ "200": { statusCode: "200", headers: {}, content: { "image/png": {} } } }, ["image/png"]).output).toBe("BinaryResult");
  });

  it("recognises an inline schema equal to a model", () => {
    expect(resultsOf({ "200": json("200", { ...item }) }).output).toBe("Item");
  });

  it("declares inline object outputs and error bodies under names from the operationId and status", () => {
    const other = { type: "object", properties: { n: { type: "integer" } } };
    const results = resultsOf({ "200": json("200", other), "201": json("201", { ...other, required: ["n"] }), "404": json("404", { ...other, description: "x" }) });
    expect(results.output).toBe("DoThingOutput | DoThingCreated");
    expect(results.errors).toEqual(["404: DoThingNotFound"]);
    expect(results.declarations).toEqual([
      "export interface DoThingOutput {\n  n?: number;\n}",
      "export interface DoThingCreated {\n  n: number;\n}",
      "export interface DoThingNotFound {\n  n?: number;\n}",
    ]);
  });

  it("lists declared non-2xx statuses in ascending order, empty ones as undefined", () => {
    const results = resultsOf({
      "200": json("200", item, "Item"),
      "500": json("500", error, "Error"),
      "404": { statusCode: "404", headers: {}, content: {} },
      "304": { statusCode: "304", headers: {}, content: {} },
      default: json("default", error, "Error"),
    });
    expect(results.errors).toEqual(["304: undefined", "404: undefined", "500: ErrorModel"]);
  });

  it("uses the default response as the output when no 2xx is declared, and unknown without either", () => {
    expect(resultsOf({ default: json("default", item, "Item") }).output).toBe("Item");
    expect(resultsOf({}).output).toBe("unknown");
  });

  it("types a JSON response without a schema as unknown", () => {
    expect(resultsOf({ "200": json("200", undefined) }).output).toBe("unknown");
  });
});
