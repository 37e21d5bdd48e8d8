import { evaluateMappingExpression, type MappedValue, type MappingSources } from "./mapping-expression";

/** The integration request's parameters after `requestParameters` were applied. */
export interface MappedRequestParameters {
  header: Record<string, MappedValue>;
  querystring: Record<string, MappedValue>;
  path: Record<string, string>;
}

/**
 * Applies an integration's `requestParameters` (`integration.request.{header|querystring|path}.NAME`
 * → mapping expression). Targets whose source has no value are left out, as API Gateway does.
 */
export function mapRequestParameters(
  requestParameters: Record<string, string>,
  sources: MappingSources,
): MappedRequestParameters {
  const mapped: MappedRequestParameters = { header: {}, querystring: {}, path: {} };
  for (const target in requestParameters) {
    const value = evaluateMappingExpression(requestParameters[target]!, sources);
    if (value === undefined) continue;
    if (target.startsWith("integration.request.header.")) mapped.header[target.slice(27)] = value;
    else if (target.startsWith("integration.request.querystring.")) mapped.querystring[target.slice(32)] = value;
    else if (target.startsWith("integration.request.path.")) {
      mapped.path[target.slice(25)] = typeof value === "string" ? value : value.join(",");
    }
  }
  return mapped;
}

/**
 * Applies `responseParameters` of an integration response (`method.response.header.NAME`) or of a
 * gateway response (`gatewayresponse.header.NAME`). Multi-value sources are joined with commas.
 */
export function mapResponseHeaders(
  responseParameters: Record<string, string>,
  prefix: "method.response.header." | "gatewayresponse.header.",
  sources: MappingSources,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const target in responseParameters) {
    if (!target.startsWith(prefix)) continue;
    const value = evaluateMappingExpression(responseParameters[target]!, sources);
    if (value === undefined) continue;
    headers[target.slice(prefix.length)] = typeof value === "string" ? value : value.join(",");
  }
  return headers;
}
