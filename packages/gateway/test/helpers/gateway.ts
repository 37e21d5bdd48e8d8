import type { ApiModel } from "@apigw-playground/routes";
import { type GatewayLogger, type GatewayOptions, type RunningGateway, startGateway } from "../../src";

/** A logger that keeps every line, to check what the gateway said. */
export function recordingLogger(): GatewayLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
  };
}

/** Starts a gateway serving one API (template name `test`) on an OS-chosen port. */
export async function serve(
  api: ApiModel,
  options: Omit<GatewayOptions, "apis" | "templates"> = {},
): Promise<{ gateway: RunningGateway; url: string; logs: string[] }> {
  const logger = recordingLogger();
  const gateway = await startGateway({ apis: [{ templateName: "test", api }], port: 0, logger, ...options });
  return { gateway, url: gateway.urlFor("test"), logs: logger.lines };
}
