import type { Agent } from "undici";
import { apiConfigurationError } from "../../respond/gateway-failures";
import type { Integration, IntegrationResult } from "../integration";
import { integrationUrl, sendHttp } from "./send-http";

/**
 * HTTP and HTTP_PROXY over the internet: sends the integration request the pipeline mapped (for
 * HTTP_PROXY, the client's request nearly as is) to the URI, within `timeoutInMillis`.
 */
export function createHttpIntegration(agent: Agent): Integration {
  return {
    async invoke({ request, integration, logger }): Promise<IntegrationResult> {
      let url: URL;
      try {
        url = integrationUrl(request);
      } catch (e) {
        logger.warn(`Execution failed due to configuration error: Invalid endpoint address: ${request.uri} (${e instanceof Error ? e.message : String(e)})`);
        return { ok: false, failure: apiConfigurationError() };
      }
      return sendHttp(agent, request, url, integration.timeoutInMillis, logger);
    },
  };
}
