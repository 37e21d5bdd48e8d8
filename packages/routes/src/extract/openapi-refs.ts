import type { JsonSchema } from "../model";
import { isObject, type JsonObject } from "../utils/json";

/** The value a local `$ref` (`#/components/schemas/Item`) points to, or `undefined`. */
export function lookupRef(document: JsonObject, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split("/")) {
    // JSON pointer escapes: ~1 is "/", ~0 is "~".
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (!isObject(node) || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

/** The model name for `#/components/schemas/<name>` (or Swagger's `#/definitions/<name>`). */
export function schemaRefName(ref: unknown): string | undefined {
  if (typeof ref !== "string") return undefined;
  return /^#\/(?:components\/schemas|definitions)\/([^/]+)$/.exec(ref)?.[1];
}

/**
 * Follows `$ref` chains on an object (a parameter, request body or response written as a
 * reference to `components`). Unknown references yield `undefined`; the schema-refs rule reports them.
 */
export function followRef(value: unknown, document: JsonObject, depth = 0): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.$ref !== "string") return value;
  if (depth > 20) return undefined;
  return followRef(lookupRef(document, value.$ref), document, depth + 1);
}

/**
 * A copy of `schema` with every local `$ref` replaced by what it points to, recursively.
 * A reference back into a schema being inlined (a recursive model) stays a `$ref`, and so does
 * an unknown one.
 */
export function inlineSchema(schema: unknown, document: JsonObject, inlining: ReadonlySet<string> = new Set()): JsonSchema {
  const inlined = inlineValue(schema, document, inlining);
  return isObject(inlined) ? inlined : {};
}

function inlineValue(value: unknown, document: JsonObject, inlining: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => inlineValue(item, document, inlining));
  if (!isObject(value)) return value;
  const ref = value.$ref;
  if (typeof ref === "string") {
    const target = lookupRef(document, ref);
    if (target === undefined || inlining.has(ref)) return value;
    return inlineValue(target, document, new Set([...inlining, ref]));
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inlineValue(item, document, inlining)]));
}
