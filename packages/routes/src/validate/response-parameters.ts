import { asObject, scalarToString } from "../utils/json";
import { CONTEXT_OR_STAGE_VARIABLE, isStaticValue } from "./mapping-expressions";
import { integrationsOf, type ApiRule } from "./rule";

const TARGET = /^method\.response\.header\.([^.\s]+)$/;
const SOURCE = /^integration\.response\.(header\.[^.\s]+|multivalueheader\.[^.\s]+|body(\..+)?)$/;

/**
 * Integration response `responseParameters` map `method.response.header.X` — which the method
 * response for that status must declare in `headers`, or API Gateway rejects the mapping — from
 * `integration.response.header.Y`, `integration.response.body[.path]`, `'static'`,
 * `context.X` or `stageVariables.X`.
 */
export const checkResponseParameters: ApiRule = (check) => {
  for (const { entry, integration, at } of integrationsOf(check)) {
    for (const [pattern, rawResponse] of Object.entries(asObject(integration.responses))) {
      const response = asObject(rawResponse);
      const statusCode = scalarToString(response.statusCode);
      const methodResponse = statusCode === undefined ? undefined : asObject(entry.operation.responses)[statusCode];
      const declaredHeaders = Object.keys(asObject(asObject(methodResponse).headers)).map((h) => h.toLowerCase());
      for (const [target, source] of Object.entries(asObject(response.responseParameters))) {
        const path = [...at, "responses", pattern, "responseParameters", target];
        const header = TARGET.exec(target)?.[1];
        if (header === undefined) {
          check.report(path, `${target} is not a response parameter target; use method.response.header.NAME`);
        } else if (methodResponse !== undefined && !declaredHeaders.includes(header.toLowerCase())) {
          check.report(path, `header ${header} is not declared in responses.${statusCode}.headers; API Gateway rejects mappings to undeclared headers`);
        }
        if (typeof source !== "string") {
          check.report(path, "a response parameter source must be a string");
        } else if (!isStaticValue(source) && !SOURCE.test(source) && !CONTEXT_OR_STAGE_VARIABLE.test(source)) {
          check.report(
            path,
            `${JSON.stringify(source)} is not a valid source; use integration.response.header.NAME, integration.response.body[.path], 'static', context.NAME or stageVariables.NAME`,
          );
        }
      }
    }
  }
};
