import { apiConfigurationError } from "../../respond/gateway-failures";
import type { Integration, IntegrationResult } from "../integration";

/**
 * MOCK: API Gateway answers by itself. The only thing it reads is `statusCode` in the rendered
 * request template (a JSON object); that status selects the integration response. Without it
 * ("Unable to parse statusCode"), the request fails with 500: there is no default 200.
 */
export function createMockIntegration(): Integration {
  return {
    async invoke({ request, logger }): Promise<IntegrationResult> {
      const status = mockStatusCode(request.body.kind === "text" ? request.body.text : request.body.bytes.toString("utf8"));
      if (status === undefined) {
        logger.warn(
          "Execution failed due to configuration error: Unable to parse statusCode. " +
            'It should be an integer that is defined in the request template, e.g. {"statusCode": 200}.',
        );
        return { ok: false, failure: apiConfigurationError() };
      }
      return { ok: true, response: { status, headers: {}, body: Buffer.alloc(0) } };
    },
  };
}

/** `statusCode` of a MOCK request template's output, when it is an integer. */
export function mockStatusCode(text: string): number | undefined {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    // Not JSON: no status code can be read, which the caller reports as a configuration error.
    return undefined;
  }
  if (typeof document !== "object" || document === null) return undefined;
  const status = (document as { statusCode?: unknown }).statusCode;
  return typeof status === "number" && Number.isInteger(status) ? status : undefined;
}
