import { UrlDecodeError, urlDecode, urlEncode } from "./urlEncode";

describe("urlEncode / urlDecode (java.net.URLEncoder / URLDecoder, UTF-8)", () => {
  test("keeps letters, digits and . - * _; encodes space as + and the rest as upper-case %XX", () => {
    expect(urlEncode("a b*~.-_!'()@#$%^&=+/?:;,é😀")).toBe(
      "a+b*%7E.-_%21%27%28%29%40%23%24%25%5E%26%3D%2B%2F%3F%3A%3B%2C%C3%A9%F0%9F%98%80",
    );
  });

  test("encodes an unpaired surrogate as ?", () => {
    expect(urlEncode("\ud800")).toBe("%3F");
  });

  test("decodes + and %XX sequences as UTF-8", () => {
    expect(urlDecode("a+b%20c%C3%A9%F0%9F%98%80")).toBe("a b cé😀");
  });

  test("rejects a malformed escape", () => {
    expect(() => urlDecode("%zz")).toThrow(UrlDecodeError);
  });
});
