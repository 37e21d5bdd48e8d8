import { formatDouble } from "./formatDouble";
import { toJsonString } from "./toJsonString";
import { JavaDouble, JavaStringArray, MapEntry, VtlList, isJavaMap, mapEntries } from "./values";

/**
 * What Java's `String.valueOf(value)` prints, which is what Velocity writes for `$ref`:
 * maps as `{a=1, b=x}`, template lists as `[1, a]`, JSON lists as JSON (json-smart's JSONArray),
 * doubles as `2.0`. `null` prints as `null` here; top-level nulls never reach this (they render empty).
 */
export function toJavaString(value: unknown): string {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "string":
      return value;
    case "boolean":
    case "bigint":
      return String(value);
    case "number":
      // Integer/Long print without a fraction; -0 can only be an integer here (a double -0.0 is boxed).
      return Number.isInteger(value) ? String(value === 0 ? 0 : value) : formatDouble(value);
  }
  if (value instanceof JavaDouble) return formatDouble(value.value);
  if (value instanceof JavaStringArray) return "[Ljava.lang.String;@" + arrayIdentity(value);
  if (value instanceof VtlList) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i === 0 ? "" : ", ") + toJavaString(value[i]);
    return out + "]";
  }
  if (Array.isArray(value)) return toJsonString(value);
  if (isJavaMap(value)) {
    let out = "{";
    let first = true;
    for (const [k, v] of mapEntries(value)) {
      out += (first ? "" : ", ") + toJavaString(k) + "=" + toJavaString(v);
      first = false;
    }
    return out + "}";
  }
  if (value instanceof MapEntry) return toJavaString(value.key) + "=" + toJavaString(value.value);
  return String(value);
}

// Java prints arrays with their identity hash; any stable hex stands in for it.
function arrayIdentity(array: readonly unknown[]): string {
  let h = 7;
  for (const item of array) h = (Math.imul(h, 31) + javaHash(String(item))) | 0;
  return (h >>> 0).toString(16);
}

/** Java's String.hashCode(). */
export function javaHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
