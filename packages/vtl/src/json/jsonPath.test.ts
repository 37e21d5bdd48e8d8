import { JsonPathError, evaluateJsonPath } from "./jsonPath";
import { parseJson } from "./parseJson";

const doc = parseJson(
  '{"store": {"book": [{"title": "A", "price": 8.95, "tags": ["x"]}, {"title": "B b", "price": 12, "isbn": "1"}], "name": "s"}, "a b": 1}',
);

describe("evaluateJsonPath (Jayway semantics)", () => {
  test("a definite path gives the value, or undefined when missing", () => {
    expect(evaluateJsonPath(doc, "$.store.name")).toBe("s");
    expect(evaluateJsonPath(doc, "$['a b']")).toBe(1);
    expect(evaluateJsonPath(doc, "$.store.book[1].title")).toBe("B b");
    expect(evaluateJsonPath(doc, "$.store.book[-1].title")).toBe("B b");
    expect(evaluateJsonPath(doc, "$.store.missing")).toBeUndefined();
    expect(evaluateJsonPath(doc, "store.name")).toBe("s");
  });

  test("an indefinite path gives every match as a list", () => {
    expect(evaluateJsonPath(doc, "$.store.book[*].title")).toEqual(["A", "B b"]);
    expect(evaluateJsonPath(doc, "$..title")).toEqual(["A", "B b"]);
    expect(evaluateJsonPath(doc, "$.store.book[0,1].title")).toEqual(["A", "B b"]);
    expect(evaluateJsonPath(doc, "$.store.book[0:1].title")).toEqual(["A"]);
    expect(evaluateJsonPath(doc, "$.store.book[*].missing")).toEqual([]);
  });

  test("filters compare with literals and test existence", () => {
    expect(evaluateJsonPath(doc, "$.store.book[?(@.price > 10)].title")).toEqual(["B b"]);
    expect(evaluateJsonPath(doc, "$.store.book[?(@.isbn)].title")).toEqual(["B b"]);
    expect(evaluateJsonPath(doc, "$.store.book[?(@.title == 'A' || @.price == 12)].title")).toEqual(["A", "B b"]);
  });

  test("length() counts a list", () => {
    expect(evaluateJsonPath(doc, "$.store.book.length()")).toBe(2);
  });

  test("rejects syntax it does not support", () => {
    expect(() => evaluateJsonPath(doc, "$.store.book[?(@.price + 1)]")).toThrow(JsonPathError);
  });
});
