import { ModelIndex } from "./modelIndex";
import { TypeNames } from "./typeNames";

const item = { type: "object", properties: { id: { type: "string" } } };

describe("ModelIndex", () => {
  it("claims a type name for every model in template order, renaming clashes", () => {
    const names = new TypeNames();
    const index = new ModelIndex({ Error: {}, "item-list": {}, Item: item }, names);
    expect(index.use("Error")).toBe("ErrorModel");
    expect(index.use("item-list")).toBe("ItemList");
    expect(index.use("Item")).toBe("Item");
    expect(index.use("Nope")).toBeUndefined();
    expect(names.claim("Item")).toBe("Item2");
  });

  it("matches a schema to a model by content, whatever the key order", () => {
    const index = new ModelIndex({ Item: item }, new TypeNames());
    expect(index.match({ properties: { id: { type: "string" } }, type: "object" })).toBe("Item");
    expect(index.match({ type: "object", properties: { id: { type: "integer" } } })).toBeUndefined();
  });

  it("never matches a bare scalar schema", () => {
    const index = new ModelIndex({ Name: { type: "string" } }, new TypeNames());
    expect(index.match({ type: "string" })).toBeUndefined();
  });

  it("takes the first of two models with the same content", () => {
    const index = new ModelIndex({ First: item, Second: item }, new TypeNames());
    expect(index.match(item)).toBe("First");
  });

  it("lists the models used, in template order", () => {
    const index = new ModelIndex({ A: item, B: {}, C: {} }, new TypeNames());
    index.use("C");
    index.context.modelType({ ...item });
    index.context.refType("#/components/schemas/B");
    expect(index.usedModels()).toEqual(["A", "B", "C"]);
  });

  it("leaves unknown references alone", () => {
    const index = new ModelIndex({ A: item }, new TypeNames());
    expect(index.context.refType("#/components/parameters/A")).toBeUndefined();
    expect(index.usedModels()).toEqual([]);
  });
});
