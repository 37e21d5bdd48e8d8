import { canonicalQuery } from "./canonical-query";
import { parseQueryParams } from "./query-params";

function canonical(rawQuery: string, exclude?: string): string {
  return canonicalQuery(parseQueryParams(rawQuery), exclude);
}

describe("canonicalQuery", () => {
  test("sorts by key, then by value for repeated keys", () => {
    expect(canonical("b=2&a=3&a=1&A=0")).toBe("A=0&a=1&a=3&b=2");
  });

  test("writes a parameter without value as key=", () => {
    expect(canonical("flag&empty=&x=1")).toBe("empty=&flag=&x=1");
  });

  test("re-encodes decoded keys and values in RFC 3986 form", () => {
    expect(canonical("q=a%20b%2Bc&k%C3%A9=%E2%82%AC&t=~-._&r=!*")).toBe("k%C3%A9=%E2%82%AC&q=a%20b%2Bc&r=%21%2A&t=~-._");
  });

  test("keeps a literal + as + (encoded %2B), not a space", () => {
    expect(canonical("q=a+b")).toBe("q=a%2Bb");
  });

  test("keeps a malformed escape literal", () => {
    expect(canonical("q=100%&r=%zz%41")).toBe("q=100%25&r=%25zzA");
  });

  test("skips empty segments", () => {
    expect(canonical("a=1&&b=2&")).toBe("a=1&b=2");
  });

  test("leaves out the excluded key", () => {
    expect(canonical("X-Amz-Signature=abc&X-Amz-Date=1", "X-Amz-Signature")).toBe("X-Amz-Date=1");
  });
});
