import type { RouteDescriptor } from "../runtime/contract";
import { acceptFor, contentTypeFor, matchesMediaType } from "./mediaTypes";

const route = (over: Partial<RouteDescriptor>): RouteDescriptor => ({
  operationId: "op",
  method: "GET",
  path: "/",
  pathParams: [],
  queryParams: [],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" } },
  binaryMediaTypes: [],
  ...over,
});

describe("media types", () => {
  test("matches wildcards and ignores parameters and case", () => {
    expect(matchesMediaType("image/PNG; q=1", "image/*")).toBe(true);
    expect(matchesMediaType("image/png", "*/*")).toBe(true);
    expect(matchesMediaType("application/json", "image/*")).toBe(false);
  });

  test("accepts JSON for JSON and empty routes", () => {
    expect(acceptFor(route({}))).toBe("application/json");
    expect(acceptFor(route({ responses: { "204": { kind: "empty" } } }))).toBe("application/json");
  });

  test("accepts the binary route's declared type that the API treats as binary", () => {
    const r = route({ responses: { "200": { kind: "binary", mediaTypes: ["*/*", "text/plain", "image/jpeg"] } }, binaryMediaTypes: ["image/*"] });
    expect(acceptFor(r)).toBe("image/jpeg");
  });

  test("falls back to the API's first concrete binary type, then application/octet-stream", () => {
    expect(acceptFor(route({ responses: { "200": { kind: "binary", mediaTypes: ["*/*"] } }, binaryMediaTypes: ["*/*", "image/png"] }))).toBe("image/png");
    expect(acceptFor(route({ responses: { "200": { kind: "binary" } }, binaryMediaTypes: ["*/*"] }))).toBe("application/octet-stream");
  });

  test("sends the caller's content type for a binary body, else a declared binary type", () => {
    const r = route({ body: { kind: "binary", required: true, mediaTypes: ["text/csv", "image/png"] }, binaryMediaTypes: ["image/png"] });
    expect(contentTypeFor(r, { contentType: "image/gif" })).toBe("image/gif");
    expect(contentTypeFor(r, {})).toBe("image/png");
    expect(contentTypeFor(route({ body: { kind: "json", required: true, mediaTypes: [] } }), {})).toBe("application/json");
    expect(contentTypeFor(route({}), {})).toBeUndefined();
  });
});
