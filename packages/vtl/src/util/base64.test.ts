import { base64Decode, base64Encode } from "./base64";

describe("base64Encode / base64Decode", () => {
  test("encode the UTF-8 bytes and decode back", () => {
    expect(base64Encode("héllo😀")).toBe("aMOpbGxv8J+YgA==");
    expect(base64Decode("aMOpbGxv8J+YgA==")).toBe("héllo😀");
  });
});
