import { arrayLiteral, concat, formatComment, group, lineWidth, objectLiteral, render, renderStatement, typeLiteral, union, wrap } from "./doc";

const member = (doc: string) => ({ doc });

describe("render", () => {
  it("keeps a group that fits on one line, with spaces inside braces only", () => {
    expect(render(objectLiteral([member("a: 1"), member('b: "x"')]))).toBe('{ a: 1, b: "x" }');
    expect(render(typeLiteral([member("a: string"), member("b?: number")]))).toBe("{ a: string; b?: number }");
    expect(render(arrayLiteral(["1", "2"]))).toBe("[1, 2]");
    expect(render(arrayLiteral([]))).toBe("[]");
  });

  it("breaks a group that does not fit into one member per line with a trailing separator", () => {
    const long = "x".repeat(lineWidth);
    expect(render(objectLiteral([member("a: 1"), member(`b: "${long}"`)]))).toBe(`{\n  a: 1,\n  b: "${long}",\n}`);
  });

  it("breaks a group whose member has a comment, and prints the comment above it", () => {
    const doc = typeLiteral([{ doc: "id: string", comment: { paragraphs: ["The id."] } }]);
    expect(render(doc)).toBe("{\n  /** The id. */\n  id: string;\n}");
  });

  it("always breaks a group marked broken and an array of several multi-member objects", () => {
    expect(render(objectLiteral([member("a: 1")], true))).toBe("{\n  a: 1,\n}");
    const object = () => objectLiteral([member("a: 1"), member("b: 2")]);
    expect(render(arrayLiteral([object(), object()]))).toBe("[\n  { a: 1, b: 2 },\n  { a: 1, b: 2 },\n]");
    expect(render(arrayLiteral([object()]))).toBe("[{ a: 1, b: 2 }]");
  });

  it("counts what follows a group on its line when deciding whether it fits", () => {
    const doc = objectLiteral([member("a: 1")]);
    expect(render(doc, 0, lineWidth - 8, 0)).toBe("{ a: 1 }");
    expect(render(doc, 0, lineWidth - 8, 1)).toBe("{\n  a: 1,\n}");
  });

  it("breaks the last group of a sequence first, as prettier does with type arguments and arguments", () => {
    const name = "x".repeat(56);
    const doc = concat(
      "f",
      group("<", ">", [member(`${name}A`), member(`${name}B`)], { separator: "," }),
      group("(", ")", [member("one"), member("two")], { separator: "," }),
    );
    expect(render(doc)).toBe(`f<${name}A, ${name}B>(\n  one,\n  two,\n)`);
  });

  it("breaks a long union into one `| member` per line", () => {
    const members = ["a", "b", "c"].map((letter) => `"${letter.repeat(50)}"`);
    expect(renderStatement(concat("type T = ", union(members), ";"))).toBe(
      `type T =\n  | ${members[0]}\n  | ${members[1]}\n  | ${members[2]};`,
    );
  });
});

describe("formatComment", () => {
  it("writes one short paragraph as a one-line JSDoc", () => {
    expect(formatComment({ paragraphs: ["Hello."] }, 2)).toEqual(["  /** Hello. */"]);
  });

  it("writes several paragraphs with a blank comment line between them", () => {
    expect(formatComment({ paragraphs: ["One.", "@minimum 1\n@maximum 2"] }, 0)).toEqual([
      "/**",
      " * One.",
      " *",
      " * @minimum 1",
      " * @maximum 2",
      " */",
    ]);
  });

  it("escapes a comment terminator coming from a template", () => {
    expect(formatComment({ paragraphs: ["a */ b"] }, 0)).toEqual(["/** a *\\/ b */"]);
  });

  it("writes nothing for empty paragraphs", () => {
    expect(formatComment({ paragraphs: ["", "  "] }, 0)).toEqual([]);
  });
});

describe("wrap", () => {
  it("fills words into lines of at most the width, keeping line breaks and over-long words", () => {
    expect(wrap("aa bb cc dd", 5)).toEqual(["aa bb", "cc dd"]);
    expect(wrap("one\ntwo three", 20)).toEqual(["one", "two three"]);
    expect(wrap("abcdefgh ij", 4)).toEqual(["abcdefgh", "ij"]);
  });
});
