import { JavaDouble } from "../java/values";

/** Thrown by {@link parseJson} for text that is not JSON; `message` says where. */
export class JsonSyntaxError extends Error {}

// A number written with a fraction or exponent, a long digit run, or an integer-like object key:
// the only cases where JSON.parse's result differs from what Java sees (a Double 2.0, an exact Long,
// key order, since JavaScript objects list integer-like keys first).
const NEEDS_EXACT_PARSE = /[0-9][.eE]|[0-9]{16}|"(?:0|[1-9][0-9]*)"\s*:/;

/**
 * Parses JSON into the Java value model (see java/values.ts): objects keep their key order, numbers
 * written as `2.0` or `1e3` stay doubles, integers beyond 2^53 stay exact (bigint). Plain text that
 * has none of those is handed to JSON.parse, which is much faster.
 *
 * @throws JsonSyntaxError when `text` is not JSON
 */
export function parseJson(text: string): unknown {
  if (!NEEDS_EXACT_PARSE.test(text)) {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new JsonSyntaxError(e instanceof Error ? e.message : String(e));
    }
  }
  return new ExactJsonParser(text).parseDocument();
}

class ExactJsonParser {
  private pos = 0;
  constructor(private readonly text: string) {}

  parseDocument(): unknown {
    const value = this.parseValue();
    this.skipSpace();
    if (this.pos < this.text.length) this.fail("Unexpected data after the JSON value");
    return value;
  }

  private fail(what: string): never {
    throw new JsonSyntaxError(`${what} at position ${this.pos}`);
  }

  private skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      this.pos++;
    }
  }

  private parseValue(): unknown {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === "{") return this.parseObject();
    if (c === "[") return this.parseArray();
    if (c === '"') return this.parseString();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.parseNumber();
    for (const [word, value] of KEYWORDS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail(c === undefined ? "Unexpected end of JSON input" : `Unexpected token ${c}`);
  }

  private parseObject(): Map<string, unknown> {
    const map = new Map<string, unknown>();
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return map;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail("Expected a property name");
      const key = this.parseString();
      this.skipSpace();
      if (this.text[this.pos] !== ":") this.fail("Expected ':'");
      this.pos++;
      // Map keeps insertion order for every key; a duplicate key keeps its first position, last value wins.
      map.set(key, this.parseValue());
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === "}") return map;
      if (c !== ",") this.fail("Expected ',' or '}'");
    }
  }

  private parseArray(): unknown[] {
    const list: unknown[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return list;
    }
    for (;;) {
      list.push(this.parseValue());
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === "]") return list;
      if (c !== ",") this.fail("Expected ',' or ']'");
    }
  }

  private parseString(): string {
    const start = this.pos;
    const t = this.text;
    let i = start + 1;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c === 0x22) break;
      if (c === 0x5c) i++;
      else if (c < 0x20) {
        this.pos = i;
        this.fail("Bad control character in string literal");
      }
      i++;
    }
    if (i >= t.length) {
      this.pos = t.length;
      this.fail("Unterminated string");
    }
    this.pos = i + 1;
    // The token is already validated as a string literal; JSON.parse decodes its escapes.
    try {
      return JSON.parse(t.slice(start, i + 1)) as string;
    } catch {
      this.pos = start;
      return this.fail("Bad escape in string literal");
    }
  }

  private parseNumber(): unknown {
    const match = NUMBER.exec(this.text.slice(this.pos, this.pos + 400));
    if (match === null) return this.fail("Bad number");
    const token = match[0];
    this.pos += token.length;
    const isDouble = match[1] !== undefined || match[2] !== undefined;
    const value = Number(token);
    if (isDouble) return Number.isInteger(value) ? new JavaDouble(value) : value;
    // Jackson/json-smart read big integers as Long/BigInteger, exactly.
    return Number.isSafeInteger(value) ? value : BigInt(token);
  }
}

const KEYWORDS: [string, unknown][] = [
  ["true", true],
  ["false", false],
  ["null", null],
];

const NUMBER = /^-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/;
