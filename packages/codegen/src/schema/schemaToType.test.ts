import type { JsonSchema } from "@apigw-playground/routes";
import { render } from "../print/doc";
import { ModelIndex } from "./modelIndex";
import { schemaToType } from "./schemaToType";
import { TypeNames } from "./typeNames";

/** The schema's type as generated code writes it, with `models` as the API's components.schemas. */
function typeOf(schema: unknown, models: Record<string, JsonSchema> = {}): string {
  const index = new ModelIndex(models, new TypeNames());
  return render(schemaToType(schema, index.context).doc);
}

describe("schemaToType: scalars", () => {
  it.each([
    [{ type: "string" }, "string"],
    [{ type: "string", format: "date-time" }, "string"],
    [{ type: "string", format: "binary" }, "string"],
    [{ type: "integer" }, "number"],
    [{ type: "number", minimum: 0 }, "number"],
    [{ type: "boolean" }, "boolean"],
    [{ type: "null" }, "null"],
    [{}, "unknown"],
    [undefined, "unknown"],
    [{ type: "file" }, "unknown"],
    [false, "never"],
  ])("maps %j to %s", (schema, expected) => {
    expect(typeOf(schema)).toBe(expected);
  });
});

describe("schemaToType: enums, nullable, type lists", () => {
  it("turns an enum into a union of literals", () => {
    expect(typeOf({ type: "string", enum: ["en", "es"] })).toBe('"en" | "es"');
    expect(typeOf({ type: "integer", enum: [1, 2, -3] })).toBe("1 | 2 | -3");
    expect(typeOf({ enum: [true, null, "x"] })).toBe('true | null | "x"');
  });

  it("escapes enum strings as double-quoted literals", () => {
    expect(typeOf({ enum: ['say "hi"', "a\\b"] })).toBe('"say \\"hi\\"" | "a\\\\b"');
  });

  it("falls back to the type when an enum holds objects", () => {
    expect(typeOf({ type: "object", enum: [{ a: 1 }] })).toBe("Record<string, unknown>");
  });

  it("reads const as a literal", () => {
    expect(typeOf({ const: "card" })).toBe('"card"');
  });

  it("adds null for OpenAPI's nullable and for a type list with null", () => {
    expect(typeOf({ type: "integer", nullable: true })).toBe("number | null");
    expect(typeOf({ type: ["string", "null"] })).toBe("string | null");
    expect(typeOf({ type: ["string", "integer"] })).toBe("string | number");
    expect(typeOf({ type: "string", enum: ["a"], nullable: true })).toBe('"a" | null');
  });
});

describe("schemaToType: arrays", () => {
  it("maps items, and no items to unknown[]", () => {
    expect(typeOf({ type: "array", items: { type: "string" } })).toBe("string[]");
    expect(typeOf({ type: "array" })).toBe("unknown[]");
    expect(typeOf({ items: { type: "integer" } })).toBe("number[]");
  });

  it("parenthesises a union element type", () => {
    expect(typeOf({ type: "array", items: { enum: ["a", "b"] } })).toBe('("a" | "b")[]');
    expect(typeOf({ type: "array", items: { type: "string", nullable: true } })).toBe("(string | null)[]");
  });

  it("maps a draft-4 tuple, closed by additionalItems: false", () => {
    expect(typeOf({ type: "array", items: [{ type: "number" }, { type: "string" }], additionalItems: false })).toBe("[number, string]");
    expect(typeOf({ type: "array", items: [{ type: "number" }] })).toBe("[number, ...unknown[]]");
    expect(typeOf({ type: "array", items: [{ type: "number" }], additionalItems: { type: "string" } })).toBe("[number, ...string[]]");
  });
});

describe("schemaToType: objects", () => {
  it("marks properties optional unless required", () => {
    expect(typeOf({ type: "object", required: ["id"], properties: { id: { type: "string" }, n: { type: "integer" } } })).toBe(
      "{ id: string; n?: number }",
    );
  });

  it("quotes property names that are not identifiers", () => {
    expect(typeOf({ type: "object", required: ["detail-type"], properties: { "detail-type": { type: "string" }, "2x": {} } })).toBe(
      '{ "detail-type": string; "2x"?: unknown }',
    );
  });

  it("types a required name without a property schema as unknown", () => {
    expect(typeOf({ type: "object", required: ["a", "b"], properties: { a: { type: "string" } } })).toBe("{ a: string; b: unknown }");
  });

  it("closes an object with additionalProperties: false (no index signature)", () => {
    expect(typeOf({ type: "object", additionalProperties: false, properties: { a: { type: "string" } } })).toBe("{ a?: string }");
    expect(typeOf({ type: "object", additionalProperties: false })).toBe("Record<string, never>");
  });

  it("closes an object that declares properties and says nothing about others", () => {
    expect(typeOf({ type: "object", properties: { a: { type: "string" } } })).toBe("{ a?: string }");
  });

  it("opens an object that declares no properties", () => {
    expect(typeOf({ type: "object" })).toBe("Record<string, unknown>");
    expect(typeOf({ type: "object", description: "Any JSON object." })).toBe("Record<string, unknown>");
  });

  it("opens an object with additionalProperties: true", () => {
    expect(typeOf({ type: "object", additionalProperties: true, properties: { a: { type: "string" } } })).toBe(
      "{ a?: string; [key: string]: unknown }",
    );
  });

  it("maps an additionalProperties schema to a Record, or an index signature that fits the named properties", () => {
    expect(typeOf({ type: "object", additionalProperties: { type: "string" } })).toBe("Record<string, string>");
    expect(
      typeOf({ type: "object", required: ["total"], properties: { total: { type: "integer" }, note: { type: "string" } }, additionalProperties: { type: "integer" } }),
    ).toBe("{ total: number; note?: string; [key: string]: number | string | undefined }");
  });

  it("takes patternProperties' types for the index signature", () => {
    expect(typeOf({ type: "object", additionalProperties: false, patternProperties: { "^[a-z]+$": { type: "string" } } })).toBe(
      "Record<string, string>",
    );
    expect(
      typeOf({ type: "object", patternProperties: { "^a": { type: "string" }, "^b": { type: "integer" } }, additionalProperties: { type: "boolean" } }),
    ).toBe("Record<string, boolean | string | number>");
  });

  it("nests objects and arrays of objects", () => {
    expect(
      typeOf({ type: "object", properties: { items: { type: "array", items: { type: "object", properties: { id: { type: "string" } } } } } }),
    ).toBe("{ items?: { id?: string }[] }");
  });

  it("documents properties with their description and constraints", () => {
    const text = typeOf({
      type: "object",
      properties: { name: { type: "string", description: "Who.", minLength: 1, maxLength: 9, pattern: "^[a-z]+$", default: "x" } },
    });
    expect(text).toBe(
      ["{", "  /**", "   * Who.", "   *", "   * @pattern ^[a-z]+$", "   * @minLength 1", "   * @maxLength 9", '   * @default "x"', "   */", "  name?: string;", "}"].join("\n"),
    );
  });

  it("lays a long object out one property per line", () => {
    const properties = Object.fromEntries(["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"].map((n) => [`${n}Property`, { type: "string" }]));
    expect(typeOf({ type: "object", properties }).split("\n")).toHaveLength(12);
  });
});

describe("schemaToType: composition", () => {
  it("maps oneOf and anyOf to unions", () => {
    expect(typeOf({ oneOf: [{ type: "string" }, { type: "integer" }] })).toBe("string | number");
    expect(typeOf({ anyOf: [{ type: "string" }, { type: "string" }] })).toBe("string");
  });

  it("merges each alternative with the object around it", () => {
    expect(
      typeOf({
        type: "object",
        properties: { a: { type: "string" }, b: { type: "string" } },
        oneOf: [{ required: ["a"] }, { required: ["b"] }],
      }),
    ).toBe("{ a: string; b?: string } | { a?: string; b: string }");
  });

  it("maps allOf to an intersection, parenthesising unions", () => {
    expect(typeOf({ allOf: [{ type: "object", properties: { a: { type: "string" } } }, { type: "object", properties: { b: { type: "integer" } } }] })).toBe(
      "{ a?: string } & { b?: number }",
    );
    expect(typeOf({ allOf: [{ oneOf: [{ type: "string" }, { type: "number" }] }, { enum: ["x"] }] })).toBe('(string | number) & "x"');
  });

  it("lets unknown absorb a union and drop out of an intersection", () => {
    expect(typeOf({ anyOf: [{ type: "string" }, {}] })).toBe("unknown");
    expect(typeOf({ allOf: [{}, { type: "string" }] })).toBe("string");
  });

  it("makes a nullable union include null", () => {
    expect(typeOf({ oneOf: [{ type: "string" }, { type: "integer" }], nullable: true })).toBe("string | number | null");
  });
});

describe("schemaToType: models", () => {
  const item = { type: "object", required: ["id"], properties: { id: { type: "string" } } };

  it("writes a nested schema equal to a model as the model's name", () => {
    const list = { type: "object", properties: { items: { type: "array", items: { properties: { id: { type: "string" } }, required: ["id"], type: "object" } } } };
    expect(typeOf(list, { Item: item })).toBe("{ items?: Item[] }");
  });

  it("writes a $ref the loader kept (a recursive model) as the model's name", () => {
    expect(typeOf({ type: "object", properties: { children: { type: "array", items: { $ref: "#/components/schemas/Node" } } } }, { Node: {} })).toBe(
      "{ children?: Node[] }",
    );
    expect(typeOf({ $ref: "#/components/schemas/Missing" })).toBe("unknown");
  });

  it("renames a model whose name is a global type", () => {
    expect(typeOf({ type: "array", items: { type: "object", required: ["message"], properties: { message: { type: "string" } } } }, {
      Error: { type: "object", required: ["message"], properties: { message: { type: "string" } } },
    })).toBe("ErrorModel[]");
  });
});
