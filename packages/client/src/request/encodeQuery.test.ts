import { InvalidInputError } from "../errors/InvalidInputError";
import { formatQuery, queryPairs, signerQuery } from "./encodeQuery";

const declared = [
  { name: "limit", required: false },
  { name: "tag", required: false },
  { name: "q", required: true },
];

describe("query parameters", () => {
  test("declared first in template order, arrays repeated, undefined left out, extras after", () => {
    const pairs = queryPairs(declared, { extra: "e", tag: ["b", "a"], q: "", limit: undefined }, "t.op");
    expect(pairs).toEqual([
      ["tag", "b"],
      ["tag", "a"],
      ["q", ""],
      ["extra", "e"],
    ]);
    expect(formatQuery(pairs)).toBe("tag=b&tag=a&q=&extra=e");
  });

  test("refuses a missing required parameter", () => {
    expect(() => queryPairs(declared, {}, "t.op")).toThrow(new InvalidInputError('t.op needs query parameter "q".'));
  });

  test("formats with RFC 3986 encoding, never '+' for a space", () => {
    expect(formatQuery([["a b", "c+d&e=f/é"]])).toBe("a%20b=c%2Bd%26e%3Df%2F%C3%A9");
  });

  test("gives the signer decoded values, one array per repeated key", () => {
    expect(signerQuery([["a", "1"], ["b", "x y"], ["a", "2"], ["a", "3"]])).toEqual({ a: ["1", "2", "3"], b: "x y" });
  });
});
