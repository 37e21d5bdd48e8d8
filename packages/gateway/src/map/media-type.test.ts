import { firstAcceptType, isBinaryMediaType, mediaTypeOf } from "./media-type";

describe("media types", () => {
  it("drops parameters and lower-cases", () => {
    expect(mediaTypeOf("Application/JSON; charset=UTF-8")).toBe("application/json");
    expect(mediaTypeOf(undefined)).toBeUndefined();
    expect(mediaTypeOf(" ")).toBeUndefined();
  });
  it("honours only the first Accept type", () => {
    expect(firstAcceptType("image/webp,image/*,*/*;q=0.8")).toBe("image/webp");
    expect(firstAcceptType("text/html;q=0.9, image/png")).toBe("text/html");
  });
  it("matches binary media types exactly and by wildcard", () => {
    expect(isBinaryMediaType("image/png", ["image/png"])).toBe(true);
    expect(isBinaryMediaType("image/png", ["image/*"])).toBe(true);
    expect(isBinaryMediaType("application/json", ["*/*"])).toBe(true);
    expect(isBinaryMediaType("image/png", ["image/jpeg"])).toBe(false);
    expect(isBinaryMediaType("text/plain", ["image/*"])).toBe(false);
  });
  it("lets a wildcard Accept match any binary media type", () => {
    expect(isBinaryMediaType("*/*", ["application/octet-stream"])).toBe(true);
    expect(isBinaryMediaType("image/*", ["image/png"])).toBe(true);
  });
  it("finds nothing binary when the API lists no binary media types", () => {
    expect(isBinaryMediaType("image/png", [])).toBe(false);
  });
});
