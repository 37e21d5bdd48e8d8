import { parseQueryString } from "./query-string";

describe("parseQueryString", () => {
  it("keeps the last value as the single value and every value as the multi value", () => {
    expect(parseQueryString("a=1&b=x%20y&a=2&c")).toEqual({ single: { a: "2", b: "x y", c: "" }, multi: { a: ["1", "2"], b: ["x y"], c: [""] } });
  });
  it("reads + as a space and keeps a malformed escape as written", () => {
    expect(parseQueryString("q=a+b&bad=%zz").single).toEqual({ q: "a b", bad: "%zz" });
  });
  it("has no parameters for an empty query", () => {
    expect(parseQueryString("")).toEqual({ single: {}, multi: {} });
  });
});
