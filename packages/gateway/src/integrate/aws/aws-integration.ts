import { internalServerError } from "../../respond/gateway-failures";
import type { Integration, IntegrationResult } from "../integration";

/** Where the AWS integration will send each service's requests. */
export interface AwsIntegrationOptions {
  /** The endpoint URL of a service in a region (local backends). */
  awsEndpoints: (service: string, region: string) => string;
}

/**
 * AWS (and AWS_PROXY) integrations: calling AWS services directly is a later issue. This seam
 * answers 500 Internal server error and says so in the log, so routes that need it fail loudly.
 * The real one implements `Integration`: it gets the mapped request (`request.uri` is the ARN with
 * `{param}`s filled in, `request.body` the rendered template) and returns the service's response.
 */
export function createAwsIntegration(_options: AwsIntegrationOptions): Integration {
  return {
    async invoke({ integration, route, logger }): Promise<IntegrationResult> {
      logger.error(
        `Execution failed: ${integration.type} integrations are not implemented yet in the local gateway ` +
          `(${route.method} ${route.path} → ${integration.uri ?? "?"}). The route answers 500 until they are.`,
      );
      return { ok: false, failure: internalServerError() };
    },
  };
}
