import { contentKind, jsonMedia, matchesMediaType } from "./mediaTypes";

const binary = { schema: { type: "string", format: "binary" } };

describe("matchesMediaType", () => {
  it("matches exact types, ranges and ignores parameters and case", () => {
    expect(matchesMediaType("image/png", "image/png")).toBe(true);
    expect(matchesMediaType("image/png", "image/*")).toBe(true);
    expect(matchesMediaType("Image/PNG; q=0.9", "*/*")).toBe(true);
    expect(matchesMediaType("image/png", "image/jpeg")).toBe(false);
    // A declared range is not "one of" the binary types: only the format can make it binary.
    expect(matchesMediaType("*/*", "image/png")).toBe(false);
  });
});

describe("contentKind", () => {
  it("is empty without content", () => {
    expect(contentKind({}, ["image/png"])).toBe("empty");
  });

  it("is binary when a content type is one of the API's binary media types", () => {
    expect(contentKind({ "image/png": {} }, ["image/png"])).toBe("binary");
    expect(contentKind({ "application/json": {}, "image/png": {} }, ["image/*"])).toBe("binary");
  });

  it("is binary for a string schema with format binary, whatever the API's binary types", () => {
    expect(contentKind({ "*/*": binary }, [])).toBe("binary");
  });

  it("is json otherwise", () => {
    expect(contentKind({ "application/json": { schema: { type: "object" } } }, ["image/png"])).toBe("json");
    expect(contentKind({ "text/plain": { schema: { type: "string" } } }, [])).toBe("json");
  });

  it("treats JSON as binary when the API says every type is (binaryMediaTypes */*), as API Gateway does", () => {
    expect(contentKind({ "application/json": {} }, ["*/*"])).toBe("binary");
  });
});

describe("jsonMedia", () => {
  it("prefers a JSON media type, else takes the first", () => {
    const problem = { modelName: "Problem" };
    expect(jsonMedia({ "text/plain": {}, "application/problem+json": problem })).toBe(problem);
    const first = { modelName: "First" };
    expect(jsonMedia({ "text/csv": first, "text/plain": {} })).toBe(first);
    expect(jsonMedia({})).toBeUndefined();
  });
});
