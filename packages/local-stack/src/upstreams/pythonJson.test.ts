import { pythonJsonDumps } from "./pythonJson";

// Expected strings are what CPython 3.11's json.dumps prints for the same values.
describe("pythonJsonDumps", () => {
  it("uses Python's separators and escapes everything outside printable ASCII", () => {
    expect(pythonJsonDumps({ service: "private", s: 'quote " back \\ nl \n tab \t del \x7f ctrl \x01 ü 日本 😀 \u2028', h: { "X-A": "1" } })).toBe(
      '{"service": "private", "s": "quote \\" back \\\\ nl \\n tab \\t del \\u007f ctrl \\u0001 \\u00fc \\u65e5\\u672c \\ud83d\\ude00 \\u2028", "h": {"X-A": "1"}}',
    );
  });

  it("writes \\b \\f \\r with their short escapes", () => {
    expect(pythonJsonDumps("\b\f\r")).toBe('"\\b\\f\\r"');
  });

  it("writes arrays, numbers, booleans and null", () => {
    expect(pythonJsonDumps([1, 2.5, true, false, null, []])).toBe("[1, 2.5, true, false, null, []]");
  });
});
