import { JavaDouble } from "../java/values";
import { JsonSyntaxError, parseJson } from "./parseJson";

describe("parseJson", () => {
  test("keeps doubles written with a fraction or exponent as doubles", () => {
    const doc = parseJson('{"a": 2.0, "b": 1e3, "c": 1.5, "d": 2}') as Map<string, unknown>;
    expect(doc.get("a")).toEqual(new JavaDouble(2));
    expect(doc.get("b")).toEqual(new JavaDouble(1000));
    expect(doc.get("c")).toBe(1.5);
    expect(doc.get("d")).toBe(2);
  });

  test("keeps integers beyond 2^53 exact", () => {
    expect(parseJson("[12345678901234567890]")).toEqual([12345678901234567890n]);
  });

  test("keeps integer-like keys in document order", () => {
    expect([...(parseJson('{"b": 1, "1": 2}') as Map<string, unknown>).keys()]).toEqual(["b", "1"]);
  });

  test("uses plain objects when nothing needs exact parsing", () => {
    expect(parseJson('{"a": [1, "x", null, true]}')).toEqual({ a: [1, "x", null, true] });
  });

  test("rejects text that is not JSON", () => {
    expect(() => parseJson("{")).toThrow(JsonSyntaxError);
    expect(() => parseJson('{"a": 1.5,}')).toThrow(JsonSyntaxError);
    expect(() => parseJson("[1.0] x")).toThrow(JsonSyntaxError);
  });
});
