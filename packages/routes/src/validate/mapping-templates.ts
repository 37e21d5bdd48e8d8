import type { PathSegment } from "../parse/source-position";
import { asObject } from "../utils/json";
import { integrationsOf, isUnresolved, type ApiCheck, type ApiRule } from "./rule";
import { checkVtlSyntax } from "./vtl-syntax";

function checkTemplates(check: ApiCheck, templates: unknown, at: PathSegment[]): void {
  for (const [contentType, template] of Object.entries(asObject(templates))) {
    if (typeof template !== "string") {
      check.report([...at, contentType], "a mapping template must be a string");
      continue;
    }
    if (isUnresolved(template)) continue;
    const error = checkVtlSyntax(template);
    if (error) {
      check.report([...at, contentType], `mapping template does not parse as VTL (template line ${error.line}, column ${error.column}): ${error.message}`);
    }
  }
}

/**
 * Request templates and integration response templates must parse as VTL. (Gateway response
 * templates are not checked: API Gateway only substitutes variables in them, it does not run VTL.)
 */
export const checkMappingTemplates: ApiRule = (check) => {
  for (const { integration, at } of integrationsOf(check)) {
    checkTemplates(check, integration.requestTemplates, [...at, "requestTemplates"]);
    for (const [pattern, response] of Object.entries(asObject(integration.responses))) {
      checkTemplates(check, asObject(response).responseTemplates, [...at, "responses", pattern, "responseTemplates"]);
    }
  }
};
