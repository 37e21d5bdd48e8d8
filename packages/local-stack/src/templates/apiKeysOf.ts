import type { TemplateModel } from "@apigw-playground/routes";

/**
 * The enabled API key values of each template that has routes needing one (`apiKeyRequired`), from
 * its usage plans — what a caller sends as `x-api-key`.
 */
export function apiKeysOf(templates: readonly TemplateModel[]): Record<string, string[]> {
  const keys: Record<string, string[]> = {};
  for (const template of templates) {
    const values = new Set<string>();
    for (const api of template.apis) {
      if (!api.routes.some((route) => route.auth.apiKeyRequired)) continue;
      for (const plan of api.usagePlans) for (const key of plan.apiKeys) if (key.enabled) values.add(key.value);
    }
    if (values.size > 0) keys[template.name] = [...values];
  }
  return keys;
}
