import { asObject, scalarToString } from "../utils/json";
import { integrationsOf, type ApiRule } from "./rule";

/**
 * Each integration response needs a `statusCode`, and the operation must declare a response
 * for it: otherwise API Gateway fails the call with "Output mapping refers to an invalid method
 * response".
 */
export const checkIntegrationResponses: ApiRule = (check) => {
  for (const { entry, integration, at } of integrationsOf(check)) {
    const declared = Object.keys(asObject(entry.operation.responses));
    for (const [pattern, rawResponse] of Object.entries(asObject(integration.responses))) {
      const statusCode = scalarToString(asObject(rawResponse).statusCode);
      const path = [...at, "responses", pattern, "statusCode"];
      if (statusCode === undefined) {
        check.report(path, "statusCode is required");
      } else if (!/^[1-5]\d\d$/.test(statusCode)) {
        check.report(path, `statusCode ${JSON.stringify(statusCode)} is not an HTTP status code`);
      } else if (!declared.includes(statusCode)) {
        check.report(path, `status ${statusCode} is not declared in the operation's responses; API Gateway needs a method response for it`);
      }
    }
  }
};
