import { INTEGRATION_HTTP_METHODS, INTEGRATION_TYPES, normaliseEnum } from "../extract/integration-values";
import { integrationsOf, type ApiRule } from "./rule";

/** Non-MOCK integrations need the method of the backend request (`POST` for AWS JSON/query actions). */
export const checkIntegrationHttpMethod: ApiRule = (check) => {
  for (const { integration, at } of integrationsOf(check)) {
    const type = normaliseEnum(integration.type, INTEGRATION_TYPES);
    if (type === undefined || type === "MOCK") continue;
    const method = integration.httpMethod;
    if (method === undefined) {
      check.report([...at, "httpMethod"], `httpMethod is required for ${type} integrations`);
    } else if (typeof method !== "string" || !INTEGRATION_HTTP_METHODS.includes(method.toUpperCase())) {
      check.report([...at, "httpMethod"], `httpMethod ${JSON.stringify(method)} is not one of ${INTEGRATION_HTTP_METHODS.join(", ")}`);
    }
  }
};
