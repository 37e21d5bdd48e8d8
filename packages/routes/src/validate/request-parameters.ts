import { extractParameters } from "../extract/parameters";
import { asObject } from "../utils/json";
import { CONTEXT_OR_STAGE_VARIABLE, isStaticValue, METHOD_REQUEST_SOURCE, SOURCE_LOCATION } from "./mapping-expressions";
import { integrationsOf, isUnresolved, type ApiRule } from "./rule";

const TARGET = /^integration\.request\.(header|querystring|path|multivaluequerystring|multivalueheader)\.[^.\s]+$/;
const BODY_SOURCE = /^method\.request\.body(\..+)?$/;

/**
 * `requestParameters` map `integration.request.{header|querystring|path}.X` from
 * `method.request.{path|querystring|header}.Y` (which the operation must declare, or API
 * Gateway rejects the mapping expression), the body, `'static'`, `context.X` or `stageVariables.X`.
 */
export const checkRequestParameters: ApiRule = (check) => {
  for (const { entry, integration, at } of integrationsOf(check)) {
    const declared = extractParameters(entry.pathItem, entry.operation, check.document);
    for (const [target, source] of Object.entries(asObject(integration.requestParameters))) {
      const path = [...at, "requestParameters", target];
      if (!TARGET.test(target)) {
        check.report(path, `${target} is not a request parameter target; use integration.request.{header|querystring|path}.NAME`);
      }
      if (typeof source !== "string") {
        check.report(path, "a request parameter source must be a string");
        continue;
      }
      if (isUnresolved(source) || isStaticValue(source) || CONTEXT_OR_STAGE_VARIABLE.test(source) || BODY_SOURCE.test(source)) continue;
      const match = METHOD_REQUEST_SOURCE.exec(source);
      if (!match) {
        check.report(
          path,
          `${JSON.stringify(source)} is not a valid source; use method.request.{path|querystring|header}.NAME, method.request.body, 'static', context.NAME or stageVariables.NAME`,
        );
        continue;
      }
      const location = SOURCE_LOCATION[match[1]!]!;
      const name = match[2]!;
      const found = declared.some(
        (p) => p.in === location && (location === "header" ? p.name.toLowerCase() === name.toLowerCase() : p.name === name),
      );
      if (!found) {
        check.report(path, `${source} reads a ${location} parameter the operation does not declare; add it to parameters`);
      }
    }
  }
};
