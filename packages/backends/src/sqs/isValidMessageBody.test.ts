import { isValidMessageBody } from "./isValidMessageBody";

describe("isValidMessageBody", () => {
  it("accepts tabs, newlines, text and astral characters", () => {
    expect(isValidMessageBody("a\tb\nc\r{\"ok\":true} 😀 \uFFFD")).toBe(true);
  });

  it("refuses other control characters", () => {
    expect(isValidMessageBody("a\u0000b")).toBe(false);
    expect(isValidMessageBody("\u001F")).toBe(false);
  });

  it("refuses a lone surrogate and the non-characters FFFE/FFFF", () => {
    expect(isValidMessageBody("\uD800")).toBe(false);
    expect(isValidMessageBody("\uFFFF")).toBe(false);
  });
});
