import { INTEGRATION_TYPES, normaliseEnum } from "../extract/integration-values";
import { parseIntegrationUri } from "../extract/integration-uri";
import { integrationsOf, isUnresolved, type ApiRule } from "./rule";

/**
 * True for an absolute http(s) URL, allowing `${stageVariables.x}` and `{param}` placeholders
 * anywhere after the scheme (API Gateway substitutes them per request).
 */
export function isHttpIntegrationUrl(uri: string): boolean {
  if (!/^https?:\/\//i.test(uri)) return false;
  const concrete = uri.replace(/\$\{stageVariables\.[A-Za-z0-9_]+\}/g, "stagevar").replace(/\{[^{}/]+\}/g, "param");
  return URL.canParse(concrete) && new URL(concrete).hostname !== "";
}

/**
 * AWS integrations need an API Gateway service ARN with `action/` or `path/`; HTTP integrations
 * an absolute http(s) URL. MOCK needs none.
 */
export const checkIntegrationUri: ApiRule = (check) => {
  for (const { integration, at } of integrationsOf(check)) {
    const type = normaliseEnum(integration.type, INTEGRATION_TYPES);
    if (type === undefined || type === "MOCK") continue;
    const uri = integration.uri;
    if (isUnresolved(uri)) continue;
    if (typeof uri !== "string" || uri === "") {
      check.report([...at, "uri"], `uri is required for ${type} integrations`);
      continue;
    }
    if (type === "AWS" || type === "AWS_PROXY") {
      const target = parseIntegrationUri(uri);
      const valid =
        (target?.kind === "aws-action" && target.action !== "") || (target?.kind === "aws-path" && target.path !== "");
      if (!valid) {
        check.report(
          [...at, "uri"],
          `${type} uri must be arn:aws:apigateway:{region}:{service}:action/{Action} or :path/{path}, got ${JSON.stringify(uri)}`,
        );
      }
    } else if (!isHttpIntegrationUrl(uri)) {
      check.report([...at, "uri"], `${type} uri must be an absolute http(s) URL, got ${JSON.stringify(uri)}`);
    }
  }
};
