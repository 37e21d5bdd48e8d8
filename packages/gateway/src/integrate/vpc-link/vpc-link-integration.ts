import type { Agent } from "undici";
import { apiConfigurationError } from "../../respond/gateway-failures";
import { integrationUrl, sendHttp } from "../http/send-http";
import type { Integration, IntegrationResult } from "../integration";

/**
 * HTTP/HTTP_PROXY with `connectionType: VPC_LINK`. In AWS the request goes through the link's load
 * balancer while the URI's host stays what the private service sees in `Host`. Locally, each
 * connection id maps to an upstream base URL (`connections` option): the URI's scheme, host and
 * port are replaced by the upstream's, the path and query are kept, and `Host` keeps the URI's host.
 */
export function createVpcLinkIntegration(agent: Agent, connections: Readonly<Record<string, string>>): Integration {
  return {
    async invoke({ request, integration, logger }): Promise<IntegrationResult> {
      const connectionId = integration.connectionId ?? "";
      const upstream = connections[connectionId];
      if (upstream === undefined) {
        logger.error(
          `Execution failed due to configuration error: no local upstream for VPC link "${connectionId}". ` +
            `Start the gateway with connections: { "${connectionId}": "http://127.0.0.1:PORT" } (CLI: --connection ${connectionId}=URL).`,
        );
        return { ok: false, failure: apiConfigurationError() };
      }
      let url: URL;
      let base: URL;
      try {
        url = integrationUrl(request);
        base = new URL(upstream);
      } catch (e) {
        logger.error(`Execution failed due to configuration error: invalid VPC link URI or upstream: ${request.uri} / ${upstream} (${e instanceof Error ? e.message : String(e)})`);
        return { ok: false, failure: apiConfigurationError() };
      }
      const originalHost = url.host;
      const basePath = base.pathname.replace(/\/+$/, "");
      const target = new URL(`${base.origin}${basePath}${url.pathname}${url.search}`);
      const headers = { ...request.headers, host: originalHost };
      return sendHttp(agent, { ...request, headers, query: [] }, target, integration.timeoutInMillis, logger);
    },
  };
}
