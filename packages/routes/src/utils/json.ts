/** A JSON-like object as parsed from a template (never an array). */
export type JsonObject = { [key: string]: unknown };

/** True for plain objects (not arrays, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value when it is a string, otherwise `undefined`. */
export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The value when it is an object, otherwise an empty object (tolerant reading of optional sections). */
export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/** Strings, numbers and booleans as strings (CloudFormation treats scalars as strings); anything else `undefined`. */
export function scalarToString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** A string-to-string map, keeping only scalar values. */
export function asStringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(asObject(value))) {
    const text = scalarToString(item);
    if (text !== undefined) out[key] = text;
  }
  return out;
}
