import { formatDouble } from "./formatDouble";
import { JavaDouble, MapEntry, isJavaMap, mapEntries } from "./values";

/**
 * JSON text the way json-smart writes it (the JSON library behind Jayway JsonPath, which API Gateway
 * uses for `$input.json()` and for printing JSON lists): compact, `/` escaped as `\/`, control
 * characters and U+007F-U+009F, U+2000-U+20FF as upper-case `\uXXXX`, other characters as is.
 */
export function toJsonString(value: unknown): string {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "string":
      return quoteJson(value);
    case "boolean":
    case "bigint":
      return String(value);
    case "number":
      if (!Number.isFinite(value)) return "null";
      return Number.isInteger(value) ? String(value) : formatDouble(value);
  }
  if (value instanceof JavaDouble) return Number.isFinite(value.value) ? formatDouble(value.value) : "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i === 0 ? "" : ",") + toJsonString(value[i]);
    return out + "]";
  }
  if (isJavaMap(value)) {
    let out = "{";
    let first = true;
    for (const [k, v] of mapEntries(value)) {
      out += (first ? "" : ",") + quoteJson(String(k)) + ":" + toJsonString(v);
      first = false;
    }
    return out + "}";
  }
  if (value instanceof MapEntry) return `{${quoteJson(String(value.key))}:${toJsonString(value.value)}}`;
  return quoteJson(String(value));
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: json-smart escapes exactly these control characters
const NEEDS_ESCAPE = /["\\/\u0000-\u001f\u007f-\u009f\u2000-\u20ff]/;

function quoteJson(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    switch (ch) {
      case 0x22:
        out += '\\"';
        break;
      case 0x5c:
        out += "\\\\";
        break;
      case 0x2f:
        out += "\\/";
        break;
      case 0x08:
        out += "\\b";
        break;
      case 0x0c:
        out += "\\f";
        break;
      case 0x0a:
        out += "\\n";
        break;
      case 0x0d:
        out += "\\r";
        break;
      case 0x09:
        out += "\\t";
        break;
      default:
        // DEL (U+007F) is left as is by json-smart; only U+0080-U+009F of that block are escaped.
        if (ch < 0x20 || (ch >= 0x80 && ch <= 0x9f) || (ch >= 0x2000 && ch <= 0x20ff)) {
          out += "\\u" + ch.toString(16).toUpperCase().padStart(4, "0");
        } else out += s[i];
    }
  }
  return out + '"';
}
