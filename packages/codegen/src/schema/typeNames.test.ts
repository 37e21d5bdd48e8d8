import { TypeNames } from "./typeNames";

describe("TypeNames", () => {
  it("gives each name once, numbering later claims", () => {
    const names = new TypeNames();
    expect(names.claim("PutItemInput")).toBe("PutItemInput");
    expect(names.claim("PutItemInput")).toBe("PutItemInput2");
    expect(names.claim("PutItemInput")).toBe("PutItemInput3");
  });

  it("suffixes names that would hide a global type or a runtime import", () => {
    const names = new TypeNames();
    expect(names.claim("Error")).toBe("ErrorModel");
    expect(names.claim("Record")).toBe("RecordModel");
    expect(names.claim("BinaryBody")).toBe("BinaryBodyModel");
    expect(names.claim("Error")).toBe("ErrorModel2");
  });
});
