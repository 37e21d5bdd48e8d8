import type { JsonSchema } from "@apigw-playground/routes";

/**
 * A small value that satisfies a JSON Schema's required parts: required properties only, the
 * first enum value, the default when there is one. For copy-paste examples, not for testing.
 */
export function sampleFromSchema(schema: JsonSchema | undefined, name = "example"): unknown {
  if (schema === undefined) return {};
  if ("default" in schema) return schema["default"];
  const options = schema["enum"];
  if (Array.isArray(options) && options.length > 0) return options[0];
  switch (schema["type"]) {
    case "object": {
      const properties = (schema["properties"] ?? {}) as Record<string, JsonSchema>;
      const required = Array.isArray(schema["required"]) ? (schema["required"] as unknown[]).map(String) : [];
      return Object.fromEntries(required.map((key) => [key, sampleFromSchema(properties[key], key)]));
    }
    case "array":
      return [];
    case "integer":
    case "number":
      return typeof schema["minimum"] === "number" ? schema["minimum"] : 1;
    case "boolean":
      return true;
    default:
      return name;
  }
}
