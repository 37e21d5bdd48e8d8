import type { IntegrationResponseModel } from "@apigw-playground/routes";

const patterns = new Map<string, RegExp | null>();

function compiled(selectionPattern: string): RegExp | null {
  let regex = patterns.get(selectionPattern);
  if (regex === undefined) {
    try {
      // Java's String.matches: the pattern must match the whole string.
      regex = new RegExp(`^(?:${selectionPattern})$`);
    } catch {
      // A pattern JavaScript cannot compile never matches; API Gateway would have refused it at deployment.
      regex = null;
    }
    patterns.set(selectionPattern, regex);
  }
  return regex;
}

function isDefault(response: IntegrationResponseModel): boolean {
  return response.selectionPattern === "default" || response.selectionPattern === "";
}

/**
 * Picks the integration response for an endpoint response: the first (in template order) whose
 * `selectionPattern` matches the whole selection value — the backend's status code as a string
 * for HTTP, AWS and MOCK integrations — else the default one. Undefined when nothing matches and
 * there is no default (API Gateway then fails with 500, a configuration error).
 */
export function selectIntegrationResponse(
  responses: readonly IntegrationResponseModel[],
  selectionValue: string,
): IntegrationResponseModel | undefined {
  let fallback: IntegrationResponseModel | undefined;
  for (const response of responses) {
    if (isDefault(response)) {
      fallback ??= response;
      continue;
    }
    if (compiled(response.selectionPattern)?.test(selectionValue)) return response;
  }
  return fallback;
}
