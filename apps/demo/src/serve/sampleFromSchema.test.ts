import { sampleFromSchema } from "./sampleFromSchema";

describe("sampleFromSchema", () => {
  it("fills the required properties only, with defaults, enums and type-shaped values", () => {
    const schema = {
      type: "object",
      required: ["title", "count", "done", "tags", "language", "source", "detail"],
      properties: {
        title: { type: "string" },
        note: { type: "string" },
        count: { type: "integer", minimum: 5 },
        done: { type: "boolean" },
        tags: { type: "array" },
        language: { type: "string", enum: ["en", "fr"] },
        source: { type: "string", default: "apigw-playground.demo" },
        detail: { type: "object" },
      },
    };
    expect(sampleFromSchema(schema)).toEqual({ title: "title", count: 5, done: true, tags: [], language: "en", source: "apigw-playground.demo", detail: {} });
  });
});
