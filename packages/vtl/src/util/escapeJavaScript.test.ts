import { render } from "../testing";
import { escapeJavaScript } from "./escapeJavaScript";

describe("escapeJavaScript (Commons Lang StringEscapeUtils.escapeJavaScript)", () => {
  test("escapes quotes, backslash and slash", () => {
    expect(escapeJavaScript(`a'b"c\\d/e`)).toBe(`a\\'b\\"c\\\\d\\/e`);
  });

  test("escapes control characters with short forms where Java has them", () => {
    expect(escapeJavaScript("\b\f\n\r\t\u0000\u0001\u001f")).toBe("\\b\\f\\n\\r\\t\\u0000\\u0001\\u001F");
  });

  test("escapes every character above U+007F as upper-case \\uXXXX and leaves U+007F", () => {
    expect(escapeJavaScript("é\u00ff\u0100\u2028\u007f")).toBe("\\u00E9\\u00FF\\u0100\\u2028\u007f");
  });

  test("escapes astral characters as their surrogate pair", () => {
    expect(escapeJavaScript("😀")).toBe("\\uD83D\\uDE00");
  });

  test("leaves VTL and JSON structure characters alone", () => {
    expect(escapeJavaScript('$x #set "}')).toBe('$x #set \\"}');
  });

  test("returns the same string when nothing needs escaping", () => {
    expect(escapeJavaScript("plain text 123")).toBe("plain text 123");
  });
});

// The injection-safe idiom our templates use to embed any string in a JSON document.
const IDIOM = `{"s": "$util.escapeJavaScript($input.path('$.s')).replaceAll("\\\\'","'")"}`;

function roundTrip(s: string): unknown {
  return (JSON.parse(render(IDIOM, { body: JSON.stringify({ s }) })) as { s: unknown }).s;
}

describe("escapeJavaScript(...).replaceAll(\"\\\\'\",\"'\") idiom", () => {
  test.each([
    ["quotes", `it's "x" ''`],
    ["backslashes before quotes", `\\' \\\\' \\"`],
    ["VTL syntax", "$input.body #set($x = 1) ${x} ## #* *#"],
    ["JSON breakers", '"}, "injected": true, {"'],
    ["control characters", "\u0000\u0001\b\t\n\u000b\f\r\u001f\u007f"],
    ["unicode", "é ß 中文 \u2028\u2029 😀 \ud83d"],
  ])("round-trips %s exactly", (_name, s) => {
    expect(roundTrip(s)).toBe(s);
  });

  test("round-trips random strings of any UTF-16 units", () => {
    let seed = 12345;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    const alphabet = ["'", '"', "\\", "/", "$", "#", "{", "}", "\n", "\u0000", "\u001f", "é", "\u2028", "😀", "a"];
    for (let run = 0; run < 300; run++) {
      let s = "";
      const length = next() % 24;
      for (let i = 0; i < length; i++) {
        // Half from characters that matter for escaping, half any UTF-16 unit (lone surrogates included).
        s += next() % 2 === 0 ? alphabet[next() % alphabet.length] : String.fromCharCode(next() % 0x10000);
      }
      expect(roundTrip(s)).toBe(s);
    }
  });
});
