import { CONTENT_HANDLINGS, normaliseEnum } from "../extract/integration-values";
import type { PathSegment } from "../parse/source-position";
import { asObject } from "../utils/json";
import { integrationsOf, type ApiRule, type ApiCheck } from "./rule";

function checkValue(check: ApiCheck, value: unknown, at: PathSegment[]): void {
  if (value !== undefined && !normaliseEnum(value, CONTENT_HANDLINGS)) {
    check.report(at, `invalid contentHandling ${JSON.stringify(value)}; use ${CONTENT_HANDLINGS.join(" or ")} (or leave it out to pass payloads through)`);
  }
}

/** `contentHandling` on the integration and on each integration response. */
export const checkContentHandling: ApiRule = (check) => {
  for (const { integration, at } of integrationsOf(check)) {
    checkValue(check, integration.contentHandling, [...at, "contentHandling"]);
    for (const [pattern, response] of Object.entries(asObject(integration.responses))) {
      checkValue(check, asObject(response).contentHandling, [...at, "responses", pattern, "contentHandling"]);
    }
  }
};
