import { INTEGRATION_TYPES, normaliseEnum } from "../extract/integration-values";
import { isObject } from "../utils/json";
import type { ApiRule } from "./rule";

/** Every operation needs an `x-amazon-apigateway-integration` with a known `type` (any case). */
export const checkIntegrationType: ApiRule = (check) => {
  for (const entry of check.operations) {
    const integration = entry.operation["x-amazon-apigateway-integration"];
    const at = [...entry.at, "x-amazon-apigateway-integration"];
    if (!isObject(integration)) {
      check.report(at, "the operation has no integration; API Gateway cannot import a method without one");
    } else if (integration.type === undefined) {
      check.report([...at, "type"], `type is required (one of ${INTEGRATION_TYPES.join(", ")})`);
    } else if (!normaliseEnum(integration.type, INTEGRATION_TYPES)) {
      check.report([...at, "type"], `unknown integration type ${JSON.stringify(integration.type)}; use one of ${INTEGRATION_TYPES.join(", ")}`);
    }
  }
};
