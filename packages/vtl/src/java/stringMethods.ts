import { JavaException } from "./JavaException";
import { JavaRegexError, javaMatches, javaReplace, javaSplit } from "./javaRegex";
import { javaHash, toJavaString } from "./toJavaString";
import { JavaStringArray, NO_METHOD, isJavaNumber, numberValue } from "./values";

/**
 * java.lang.String methods, called as `$s.name(args)`. Returns {@link NO_METHOD} for a method String
 * does not have or arguments it does not accept (Velocity then yields null).
 */
export function callStringMethod(s: string, name: string, args: unknown[]): unknown {
  try {
    return stringMethod(s, name, args);
  } catch (e) {
    if (e instanceof JavaRegexError) throw new JavaException("java.util.regex.PatternSyntaxException", e.message);
    throw e;
  }
}

function stringMethod(s: string, name: string, args: unknown[]): unknown {
  const [a, b] = args;
  switch (args.length) {
    case 0:
      switch (name) {
        case "length":
          return s.length;
        case "isEmpty":
          return s.length === 0;
        case "toUpperCase":
          return s.toUpperCase();
        case "toLowerCase":
          return s.toLowerCase();
        case "trim":
          // Java's trim() strips every character <= U+0020, not just whitespace.
          // biome-ignore lint/suspicious/noControlCharactersInRegex: those control characters are what Java trims
          return s.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
        case "toString":
        case "intern":
          return s;
        case "hashCode":
          return javaHash(s);
        case "toCharArray":
          return JavaStringArray.of_([...s]);
      }
      return NO_METHOD;
    case 1:
      switch (name) {
        case "charAt":
          return isInt(a) ? charAt(s, a) : NO_METHOD;
        case "substring":
          return isInt(a) ? substring(s, a, s.length) : NO_METHOD;
        case "concat":
          return typeof a === "string" ? s + a : NO_METHOD;
      }
      if (typeof a !== "string") {
        if (name === "equals") return false;
        if (name === "indexOf" && isInt(a)) return s.indexOf(String.fromCharCode(a));
        if (name === "contains" && a !== null && a !== undefined) return s.includes(toJavaString(a));
        return NO_METHOD;
      }
      switch (name) {
        case "contains":
          return s.includes(a);
        case "equals":
        case "contentEquals":
          return s === a;
        case "equalsIgnoreCase":
          return s.toLowerCase() === a.toLowerCase();
        case "startsWith":
          return s.startsWith(a);
        case "endsWith":
          return s.endsWith(a);
        case "indexOf":
          return s.indexOf(a);
        case "lastIndexOf":
          return s.lastIndexOf(a);
        case "matches":
          return javaMatches(s, a);
        case "split":
          return JavaStringArray.of_(javaSplit(s, a));
        case "compareTo":
          return compare(s, a);
        case "compareToIgnoreCase":
          return compare(s.toLowerCase(), a.toLowerCase());
      }
      return NO_METHOD;
    case 2:
      switch (name) {
        case "substring":
          return isInt(a) && isInt(b) ? substring(s, a, b) : NO_METHOD;
        case "indexOf":
          return typeof a === "string" && isInt(b) ? s.indexOf(a, Math.max(0, b)) : NO_METHOD;
        case "lastIndexOf":
          return typeof a === "string" && isInt(b) ? (b < 0 ? -1 : s.lastIndexOf(a, b)) : NO_METHOD;
        case "startsWith":
          return typeof a === "string" && isInt(b) ? b >= 0 && s.startsWith(a, b) : NO_METHOD;
        case "split":
          return typeof a === "string" && isInt(b) ? JavaStringArray.of_(javaSplit(s, a, b)) : NO_METHOD;
      }
      if (typeof a !== "string" || typeof b !== "string") return NO_METHOD;
      switch (name) {
        case "replace":
          // Java replaces every literal occurrence; an empty target inserts between all characters.
          return s.replaceAll(a, () => b);
        case "replaceAll":
          return javaReplace(s, a, b, true);
        case "replaceFirst":
          return javaReplace(s, a, b, false);
      }
      return NO_METHOD;
  }
  return NO_METHOD;
}

function isInt(v: unknown): v is number {
  return isJavaNumber(v) && typeof v === "number" && Number.isInteger(v) && numberValue(v) === v;
}

function charAt(s: string, i: number): string {
  if (i < 0 || i >= s.length) throw new JavaException("java.lang.StringIndexOutOfBoundsException", `index ${i}, length ${s.length}`);
  return s.charAt(i);
}

function substring(s: string, begin: number, end: number): string {
  if (begin < 0 || end > s.length || begin > end) {
    throw new JavaException(
      "java.lang.StringIndexOutOfBoundsException",
      `begin ${begin}, end ${end}, length ${s.length}`,
    );
  }
  return s.substring(begin, end);
}

function compare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
