import { InvalidInputError } from "../errors/InvalidInputError";
import { encodeRfc3986 } from "./encodeRfc3986";
import { expandPath } from "./expandPath";

describe("expandPath", () => {
  test("encodes a plain parameter as one segment", () => {
    expect(expandPath("/items/{id}", [{ name: "id", greedy: false }], { id: "a/b c" }, "t.op")).toBe("/items/a%2Fb%20c");
  });

  test("keeps the slashes of a greedy parameter", () => {
    expect(expandPath("/objects/{key+}", [{ name: "key", greedy: true }], { key: "a b/c+d/" }, "t.op")).toBe("/objects/a%20b/c%2Bd/");
  });

  test("fills several parameters and formats numbers", () => {
    expect(
      expandPath("/a/{x}/b/{y}", [{ name: "x", greedy: false }, { name: "y", greedy: false }], { x: 1, y: "é" }, "t.op"),
    ).toBe("/a/1/b/%C3%A9");
  });

  test("refuses a missing or empty value", () => {
    expect(() => expandPath("/items/{id}", [{ name: "id", greedy: false }], {}, "t.op")).toThrow(InvalidInputError);
    expect(() => expandPath("/items/{id}", [{ name: "id", greedy: false }], { id: "" }, "t.op")).toThrow(/t\.op needs path parameter "id"/);
  });
});

describe("encodeRfc3986", () => {
  test("leaves only unreserved characters", () => {
    expect(encodeRfc3986("AZaz09-._~")).toBe("AZaz09-._~");
    expect(encodeRfc3986("!'()* +/%")).toBe("%21%27%28%29%2A%20%2B%2F%25");
  });
});
