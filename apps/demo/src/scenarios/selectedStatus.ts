import type { RouteModel } from "@apigw-playground/routes";

/**
 * The method response status API Gateway picks for an integration status, by the route's
 * integration responses: the first non-default `selectionPattern` that matches the whole status
 * (a Java regular expression; these are plain ones), else the default response. For MOCK and
 * HTTP integrations the pattern is matched against the status code.
 * @returns undefined when nothing matches and there is no default
 */
export function selectedStatus(route: Pick<RouteModel, "integration">, integrationStatus: number): number | undefined {
  const responses = route.integration.responses;
  const matched = responses.find((response) => response.selectionPattern !== "default" && new RegExp(`^(?:${response.selectionPattern})$`).test(String(integrationStatus)));
  const chosen = matched ?? responses.find((response) => response.selectionPattern === "default");
  return chosen === undefined ? undefined : Number(chosen.statusCode);
}
