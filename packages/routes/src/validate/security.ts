import { classifyScheme, securityRequirements, securitySchemes } from "../extract/auth";
import type { ApiRule } from "./rule";

/**
 * Security requirements name declared schemes, and only schemes this loader can model: SigV4
 * (`x-amazon-apigateway-authtype: awsSigv4`) and the API key (`apiKey` in the `x-api-key` header).
 * Lambda and Cognito authorizers are reported rather than silently treated as open routes.
 */
export const checkSecurity: ApiRule = (check) => {
  const schemes = securitySchemes(check.document);
  for (const entry of check.operations) {
    const own = Array.isArray(entry.operation.security);
    const at = own ? [...entry.at, "security"] : [...check.source.documentPath, "security"];
    for (const requirement of securityRequirements(entry.operation, check.document)) {
      for (const name of Object.keys(requirement)) {
        if (!(name in schemes)) {
          check.report(at, `security names ${name}, which is not declared in components.securitySchemes`);
          continue;
        }
        const kind = classifyScheme(schemes[name]);
        if (kind === "authorizer") {
          check.report(at, `security scheme ${name} is a Lambda/Cognito authorizer; only AWS_IAM (awsSigv4) and API keys are supported`);
        } else if (kind === "unsupported") {
          check.report(at, `security scheme ${name} means nothing to API Gateway; use x-amazon-apigateway-authtype: awsSigv4, or an apiKey scheme for the x-api-key header`);
        }
      }
    }
  }
};
