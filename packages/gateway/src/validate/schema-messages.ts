import type { ErrorObject } from "ajv-draft-04";

/**
 * `$context.error.validationErrorString`: API Gateway validates models with a Java JSON Schema
 * (draft 4) validator and reports its messages as a Java list, e.g.
 * `[object has missing required properties (["name"]), instance value ("bird") not found in enum
 * (possible values: ["dog","cat","fish"])]`. This turns Ajv's errors into those messages.
 */
export function validationErrorString(errors: readonly ErrorObject[]): string {
  const messages: string[] = [];
  const grouped = new Map<string, { keyword: "required" | "additionalProperties"; names: string[] }>();
  for (const error of errors) {
    // Messages from inside anyOf/oneOf/not branches are summarised by the combinator's own message.
    if (/\/(anyOf|oneOf|not)\//.test(error.schemaPath)) continue;
    if (error.keyword === "required" || error.keyword === "additionalProperties") {
      const key = `${error.keyword}:${error.instancePath}`;
      let group = grouped.get(key);
      if (group === undefined) {
        group = { keyword: error.keyword, names: [] };
        grouped.set(key, group);
        messages.push(key);
      }
      const params = error.params as { missingProperty?: string; additionalProperty?: string };
      group.names.push(params.missingProperty ?? params.additionalProperty ?? "");
      continue;
    }
    messages.push(messageFor(error));
  }
  const text = messages.map((m) => {
    const group = grouped.get(m);
    if (group === undefined) return m;
    const names = JSON.stringify([...group.names].sort());
    return group.keyword === "required"
      ? `object has missing required properties (${names})`
      : `object instance has properties which are not allowed by the schema: ${names}`;
  });
  return `[${text.join(", ")}]`;
}

function messageFor(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const data: unknown = error.data;
  switch (error.keyword) {
    case "type":
      return `instance type (${jsonType(data)}) does not match any allowed primitive type (allowed: ${JSON.stringify(allowedTypes(params.type))})`;
    case "enum":
      return `instance value (${JSON.stringify(data)}) not found in enum (possible values: ${JSON.stringify(params.allowedValues)})`;
    case "minimum":
      return params.comparison === ">"
        ? `numeric instance is not strictly greater than the required minimum ${params.limit}`
        : `numeric instance is lower than the required minimum (minimum: ${params.limit}, found: ${data})`;
    case "maximum":
      return params.comparison === "<"
        ? `numeric instance is not strictly lower than the required maximum ${params.limit}`
        : `numeric instance is greater than the required maximum (maximum: ${params.limit}, found: ${data})`;
    case "minLength":
      return `string ${JSON.stringify(data)} is too short (length: ${String(data).length}, required minimum: ${params.limit})`;
    case "maxLength":
      return `string ${JSON.stringify(data)} is too long (length: ${String(data).length}, maximum allowed: ${params.limit})`;
    case "pattern":
      return `ECMA 262 regex ${JSON.stringify(params.pattern)} does not match input string ${JSON.stringify(data)}`;
    case "minItems":
      return `array is too short: must have at least ${params.limit} elements but instance has ${arrayLength(data)} elements`;
    case "maxItems":
      return `array is too long: must have at most ${params.limit} elements but instance has ${arrayLength(data)} elements`;
    case "uniqueItems":
      return "array must not contain duplicate elements";
    case "multipleOf":
      return `remainder of division is not zero (${data} / ${params.multipleOf})`;
    case "minProperties":
      return `object has too few properties (found ${propertyCount(data)} but schema requires at least ${params.limit})`;
    case "maxProperties":
      return `object has too many properties (found ${propertyCount(data)} but schema requires at most ${params.limit})`;
    case "anyOf":
      return "instance failed to match at least one required schema among the schemas of anyOf";
    case "oneOf":
      return params.passingSchemas === null
        ? "instance failed to match exactly one schema (matched 0)"
        : "instance failed to match exactly one schema (matched more than one)";
    case "not":
      return "instance matched a schema which it should not have";
    default:
      return error.message ?? `instance failed the ${error.keyword} constraint`;
  }
}

/** The Java validator's names: `integer` for whole numbers, `number` otherwise. */
function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function allowedTypes(type: unknown): string[] {
  if (Array.isArray(type)) return type.map(String);
  return String(type).split(",");
}

function arrayLength(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function propertyCount(value: unknown): number {
  return typeof value === "object" && value !== null ? Object.keys(value).length : 0;
}
