/**
 * EventBridge content filtering (the "Event patterns" and "Content filtering" pages of the
 * EventBridge user guide): a pattern is a JSON object whose leaves are arrays of matchers. A field
 * matches when any matcher in its array matches (arrays are OR); every field of the pattern must
 * match (AND); when the event's value is an array, any of its elements may match. Matchers are
 * exact values (type-sensitive), `prefix`, `suffix`, `equals-ignore-case`, `anything-but` (value,
 * list, `prefix`, `suffix`, `equals-ignore-case`, `wildcard`), `numeric` ranges, `exists`, `cidr` and
 * `wildcard`; `$or` at any level takes a list of alternative sub-patterns.
 *
 * Patterns are assumed valid (see `eventPatternProblem`).
 */
export function matchEventPattern(pattern: Record<string, unknown>, event: unknown): boolean {
  if (!isObject(event)) return false;
  return Object.entries(pattern).every(([key, expected]) => matchField(key, expected, event));
}

function matchField(key: string, expected: unknown, event: Record<string, unknown>): boolean {
  if (key === "$or") {
    return Array.isArray(expected) && expected.some((alternative) => isObject(alternative) && matchEventPattern(alternative, event));
  }
  const actual = event[key];
  if (isObject(expected)) {
    // A nested pattern: the event must have an object there (or an array holding one that matches).
    if (isObject(actual)) return matchEventPattern(expected, actual);
    if (Array.isArray(actual)) return actual.some((item) => isObject(item) && matchEventPattern(expected, item));
    return false;
  }
  if (!Array.isArray(expected)) return false;
  return expected.some((matcher) => matchLeaf(matcher, actual));
}

/** Whether one matcher of a leaf array accepts the event's value (which may be absent). */
function matchLeaf(matcher: unknown, actual: unknown): boolean {
  if (isObject(matcher) && "exists" in matcher) {
    // `exists` looks at leaves only: an object-valued (intermediate) field neither exists nor is missing.
    if (isObject(actual)) return false;
    const present = actual !== undefined && !(Array.isArray(actual) && actual.length === 0);
    return matcher.exists === present;
  }
  if (actual === undefined) return false;
  // An array in the event matches when any of its elements does (each element is tried as a value).
  if (Array.isArray(actual)) return actual.some((item) => !Array.isArray(item) && matchValue(matcher, item));
  return matchValue(matcher, actual);
}

/** A matcher against a single (non-array) event value. */
function matchValue(matcher: unknown, value: unknown): boolean {
  // Exact values are type-sensitive: "5" does not match 5.
  if (!isObject(matcher)) return matcher === value;
  if ("prefix" in matcher) return stringTest(matcher.prefix, value, (v, p) => v.startsWith(p));
  if ("suffix" in matcher) return stringTest(matcher.suffix, value, (v, s) => v.endsWith(s));
  if ("equals-ignore-case" in matcher) return typeof value === "string" && typeof matcher["equals-ignore-case"] === "string" && equalsIgnoreCase(value, matcher["equals-ignore-case"]);
  if ("wildcard" in matcher) return typeof value === "string" && typeof matcher.wildcard === "string" && matchWildcard(matcher.wildcard, value);
  if ("numeric" in matcher) return typeof value === "number" && Array.isArray(matcher.numeric) && matchNumeric(matcher.numeric, value);
  if ("cidr" in matcher) return typeof value === "string" && typeof matcher.cidr === "string" && matchCidr(matcher.cidr, value);
  if ("anything-but" in matcher) return matchAnythingBut(matcher["anything-but"], value);
  return false;
}

/** `prefix`/`suffix` take a string, or `{"equals-ignore-case": string}` for a case-insensitive test. */
function stringTest(operand: unknown, value: unknown, test: (value: string, operand: string) => boolean): boolean {
  if (typeof value !== "string") return false;
  if (typeof operand === "string") return test(value, operand);
  if (isObject(operand) && typeof operand["equals-ignore-case"] === "string") {
    return test(value.toLowerCase(), operand["equals-ignore-case"].toLowerCase());
  }
  return false;
}

function matchAnythingBut(operand: unknown, value: unknown): boolean {
  if (Array.isArray(operand)) return !operand.some((excluded) => excluded === value);
  if (isObject(operand)) {
    if ("equals-ignore-case" in operand) {
      const excluded = operand["equals-ignore-case"];
      const list = Array.isArray(excluded) ? excluded : [excluded];
      return typeof value !== "string" || !list.some((item) => typeof item === "string" && equalsIgnoreCase(value, item));
    }
    // anything-but prefix / suffix / wildcard: the value must be a string that does not match.
    return typeof value === "string" && !matchValue(operand, value);
  }
  return operand !== value;
}

function matchNumeric(conditions: readonly unknown[], value: number): boolean {
  for (let i = 0; i + 1 < conditions.length; i += 2) {
    const operator = conditions[i];
    const bound = conditions[i + 1];
    if (typeof bound !== "number") return false;
    const ok =
      operator === "=" ? value === bound
      : operator === "<" ? value < bound
      : operator === "<=" ? value <= bound
      : operator === ">" ? value > bound
      : operator === ">=" ? value >= bound
      : false;
    if (!ok) return false;
  }
  return true;
}

/** `*` matches any run of characters; `\*` is a literal star, `\\` a literal backslash. */
function matchWildcard(pattern: string, value: string): boolean {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\" && (pattern[i + 1] === "*" || pattern[i + 1] === "\\")) {
      source += escapeRegExp(pattern[++i]!);
    } else if (c === "*") {
      source += "[\\s\\S]*";
    } else {
      source += escapeRegExp(c);
    }
  }
  return new RegExp(`^${source}$`).test(value);
}

function matchCidr(cidr: string, value: string): boolean {
  const [network, bitsText] = cidr.split("/");
  const bits = Number(bitsText ?? "32");
  const base = ipv4ToNumber(network ?? "");
  const address = ipv4ToNumber(value);
  if (base === undefined || address === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return ((base & mask) >>> 0) === ((address & mask) >>> 0);
}

function ipv4ToNumber(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let result = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    result = result * 256 + Number(part);
  }
  return result;
}

function equalsIgnoreCase(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
