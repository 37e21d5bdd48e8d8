import { hashHex, shortId } from "./hash";

describe("shortId", () => {
  it("is stable and lowercase alphanumeric", () => {
    expect(shortId(10, "stack", "Api")).toBe(shortId(10, "stack", "Api"));
    expect(shortId(10, "stack", "Api")).toMatch(/^[a-z0-9]{10}$/);
  });

  it("differs for different inputs", () => {
    expect(shortId(10, "stack", "Api")).not.toBe(shortId(10, "stack", "Api2"));
  });

  it("produces ids longer than one digest", () => {
    expect(shortId(80, "x")).toMatch(/^[a-z0-9]{80}$/);
  });
});

describe("hashHex", () => {
  it("is SHA-256 of the parts joined by /", () => {
    expect(hashHex("a", "b")).toBe("c14cddc033f64b9dea80ea675cf280a015e672516090a5626781153dc68fea11");
  });
});
