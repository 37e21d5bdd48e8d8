import type { ParameterModel } from "../model";
import { isObject, type JsonObject } from "../utils/json";
import { followRef, inlineSchema } from "./openapi-refs";

const LOCATIONS = new Set(["path", "query", "header"]);

/**
 * The operation's parameters: path-level ones, overridden by operation-level ones with the
 * same name and location (OpenAPI's rule). `$ref`s to `components.parameters` are followed.
 * Cookie parameters are left out: API Gateway REST APIs have no cookie mapping.
 */
export function extractParameters(pathItem: JsonObject, operation: JsonObject, document: JsonObject): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  for (const list of [pathItem.parameters, operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const parameter = followRef(item, document);
      if (!parameter || typeof parameter.name !== "string" || typeof parameter.in !== "string") continue;
      if (!LOCATIONS.has(parameter.in)) continue;
      const model: ParameterModel = {
        name: parameter.name,
        in: parameter.in as ParameterModel["in"],
        // Path parameters are always required (OpenAPI requires `required: true` for them).
        required: parameter.in === "path" || parameter.required === true,
      };
      if (isObject(parameter.schema)) model.schema = inlineSchema(parameter.schema, document);
      if (typeof parameter.description === "string") model.description = parameter.description;
      byKey.set(`${parameter.in}:${parameter.name}`, model);
    }
  }
  return [...byKey.values()];
}
