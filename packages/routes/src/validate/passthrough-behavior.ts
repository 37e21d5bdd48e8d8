import { normaliseEnum, PASSTHROUGH_BEHAVIORS } from "../extract/integration-values";
import { integrationsOf, type ApiRule } from "./rule";

/** `passthroughBehavior` is one of API Gateway's three values, in any case (`when_no_match` is accepted). */
export const checkPassthroughBehavior: ApiRule = (check) => {
  for (const { integration, at } of integrationsOf(check)) {
    const value = integration.passthroughBehavior;
    if (value !== undefined && !normaliseEnum(value, PASSTHROUGH_BEHAVIORS)) {
      check.report(
        [...at, "passthroughBehavior"],
        `invalid passthroughBehavior ${JSON.stringify(value)}; use one of ${PASSTHROUGH_BEHAVIORS.join(", ")}`,
      );
    }
  }
};
