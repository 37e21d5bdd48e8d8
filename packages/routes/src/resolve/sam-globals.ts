import { isObject, type JsonObject } from "../utils/json";

/** SAM resource types that `Globals` sections apply to, keyed by their `Globals` section name. */
const GLOBAL_SECTIONS: Record<string, string> = {
  Api: "AWS::Serverless::Api",
  Function: "AWS::Serverless::Function",
  HttpApi: "AWS::Serverless::HttpApi",
  SimpleTable: "AWS::Serverless::SimpleTable",
  StateMachine: "AWS::Serverless::StateMachine",
};

/**
 * Applies SAM's `Globals` to the resources they cover, as the SAM transform does: maps merge
 * (the resource's keys win), lists concatenate (globals first), other values come from the resource.
 * Returns a new template; the input is not changed.
 */
export function applySamGlobals(template: JsonObject): JsonObject {
  const globals = template.Globals;
  if (!isObject(globals) || !isObject(template.Resources)) return template;
  const resources: JsonObject = {};
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const section = isObject(resource)
      ? Object.entries(GLOBAL_SECTIONS).find(([, type]) => type === resource.Type)?.[0]
      : undefined;
    const defaults = section ? globals[section] : undefined;
    resources[logicalId] =
      isObject(resource) && isObject(defaults)
        ? { ...resource, Properties: mergeGlobal(defaults, isObject(resource.Properties) ? resource.Properties : {}) }
        : resource;
  }
  return { ...template, Resources: resources };
}

function mergeGlobal(global: unknown, local: unknown): unknown {
  if (local === undefined) return global;
  if (isObject(global) && isObject(local) && !isIntrinsic(global) && !isIntrinsic(local)) {
    const merged: JsonObject = { ...global };
    for (const [key, value] of Object.entries(local)) merged[key] = mergeGlobal(global[key], value);
    return merged;
  }
  if (Array.isArray(global) && Array.isArray(local)) return [...global, ...local];
  return local;
}

function isIntrinsic(value: JsonObject): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === "Ref" || keys[0]!.startsWith("Fn::"));
}
