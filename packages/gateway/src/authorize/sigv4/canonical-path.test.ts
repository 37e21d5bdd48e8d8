import { canonicalPath } from "./canonical-path";

describe("canonicalPath", () => {
  test.each([
    ["", "/"],
    ["/", "/"],
    ["//", "/"],
    ["/v1/items", "/v1/items"],
    ["/v1/items/", "/v1/items/"],
    ["//v1//items//", "/v1/items/"],
    ["/v1/./items", "/v1/items"],
    ["/v1/other/../items", "/v1/items"],
    ["/v1/../../items", "/items"],
  ])("normalises %j to %j", (raw, expected) => {
    expect(canonicalPath(raw)).toBe(expected);
  });

  test.each([
    ["/v1/items/a%20b", "/v1/items/a%2520b"],
    ["/v1/files/dir%2Fsub", "/v1/files/dir%252Fsub"],
    ["/v1/files/a+b", "/v1/files/a%2Bb"],
    ["/v1/caf%C3%A9", "/v1/caf%25C3%25A9"],
    ["/v1/café", "/v1/caf%C3%A9"],
    ["/v1/a b", "/v1/a%20b"],
    ["/v1/-._~", "/v1/-._~"],
    ["/v1/!'()*", "/v1/%21%27%28%29%2A"],
  ])("encodes the received path %j again: %j", (raw, expected) => {
    expect(canonicalPath(raw)).toBe(expected);
  });
});
