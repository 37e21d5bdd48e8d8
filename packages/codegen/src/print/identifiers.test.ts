import { camelCase, isIdentifier, pascalCase, propertyKey } from "./identifiers";

describe("identifiers", () => {
  it("quotes property keys that are not identifiers", () => {
    expect(propertyKey("id")).toBe("id");
    expect(propertyKey("$ref_1")).toBe("$ref_1");
    expect(propertyKey("Content-Type")).toBe('"Content-Type"');
    expect(propertyKey("200")).toBe('"200"');
    expect(propertyKey("a b")).toBe('"a b"');
    expect(propertyKey('say "hi"')).toBe('"say \\"hi\\""');
  });

  it("recognises identifiers", () => {
    expect(isIdentifier("putItem")).toBe(true);
    expect(isIdentifier("2fa")).toBe(false);
    expect(isIdentifier("x-api-key")).toBe(false);
  });

  it("makes type names from operationIds and model names", () => {
    expect(pascalCase("putItem")).toBe("PutItem");
    expect(pascalCase("list-objects_v2")).toBe("ListObjectsV2");
    expect(pascalCase("Item")).toBe("Item");
    expect(pascalCase("2fa.check")).toBe("_2faCheck");
    expect(pascalCase("--")).toBe("_");
  });

  it("makes constant names from operationIds", () => {
    expect(camelCase("PutItem")).toBe("putItem");
    expect(camelCase("get-item")).toBe("getItem");
  });
});
