import { deriveSigningKey, SigningKeyCache } from "./signing-key";

describe("signing keys", () => {
  // AWS's documented example: "Examples of how to derive a signing key for Signature Version 4".
  test("derives AWS's example signing key", () => {
    const key = deriveSigningKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215", "us-east-1", "iam");
    expect(key.toString("hex")).toBe("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
  });

  test("caches per secret, day, region and service", () => {
    const cache = new SigningKeyCache();
    const first = cache.get("secret", "20240501", "us-east-1", "execute-api");
    expect(cache.get("secret", "20240501", "us-east-1", "execute-api")).toBe(first);
    expect(cache.get("secret", "20240502", "us-east-1", "execute-api")).not.toEqual(first);
    expect(cache.get("other", "20240501", "us-east-1", "execute-api")).not.toEqual(first);
    expect(cache.get("secret", "20240501", "eu-west-1", "execute-api")).not.toEqual(first);
    expect(cache.get("secret", "20240501", "us-east-1", "lambda")).not.toEqual(first);
  });
});
