import { asObject } from "../utils/json";
import { integrationsOf, type ApiRule } from "./rule";

/**
 * Integration response keys are selection patterns: regular expressions matched against the
 * backend status (AWS/HTTP) or error message (Lambda). API Gateway compiles them as Java
 * regular expressions; JavaScript's RegExp accepts nearly the same syntax, so it is the check
 * here (possessive quantifiers and a few Java-only constructs would be reported wrongly).
 */
export const checkSelectionPatterns: ApiRule = (check) => {
  for (const { integration, at } of integrationsOf(check)) {
    for (const pattern of Object.keys(asObject(integration.responses))) {
      if (pattern === "default") continue;
      try {
        new RegExp(pattern);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        check.report([...at, "responses", pattern], `selection pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${error.message}`);
      }
    }
  }
};
