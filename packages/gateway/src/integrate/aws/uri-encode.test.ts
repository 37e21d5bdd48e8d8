import { encodeAwsPathValue, encodeLiteralPath } from "./uri-encode";

describe("encodeAwsPathValue", () => {
  it("encodes the slashes of a greedy path value as %2F", () => {
    expect(encodeAwsPathValue("photos/2024/a b.png")).toBe("photos%2F2024%2Fa%20b.png");
    expect(encodeAwsPathValue("a+b!'()*é")).toBe("a%2Bb%21%27%28%29%2A%C3%A9");
  });
});

describe("encodeLiteralPath", () => {
  it("keeps slashes and existing escapes, encodes what a URL path cannot hold", () => {
    expect(encodeLiteralPath("bucket/a%2Fb/{key}")).toBe("bucket/a%2Fb/%7Bkey%7D");
    expect(encodeLiteralPath("b/100%/x y")).toBe("b/100%25/x%20y");
  });
});
