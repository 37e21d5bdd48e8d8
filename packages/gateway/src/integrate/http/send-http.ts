import { Agent, errors as undiciErrors } from "undici";
import type { GatewayLogger } from "../../logger";
import { payloadBytes } from "../../map/binary";
import { apiConfigurationError, integrationFailure, integrationTimeout } from "../../respond/gateway-failures";
import type { IntegrationRequest, IntegrationResult } from "../integration";

/** Methods whose integration requests carry no body. */
const NO_BODY_METHODS = new Set(["GET", "HEAD"]);

/**
 * Keep-alive connections to HTTP integrations: undici's Agent keeps one pool per upstream origin.
 */
export function createHttpAgent(): Agent {
  return new Agent({ keepAliveTimeout: 10_000, connections: 128 });
}

/** The URL an integration request goes to: `uri` plus the query. */
export function integrationUrl(request: IntegrationRequest): URL {
  const url = new URL(request.uri);
  for (const [name, value] of request.query) url.searchParams.append(name, value);
  return url;
}

/**
 * Sends an integration request and reads the whole response, within `timeoutMs`
 * (`timeoutInMillis`). A timeout is API Gateway's 504 "Endpoint request timed out"; an address
 * that cannot be resolved or refuses the connection is a configuration error (500), a connection
 * that breaks is a network error (504).
 */
export async function sendHttp(
  agent: Agent,
  request: IntegrationRequest,
  url: URL,
  timeoutMs: number,
  logger: GatewayLogger,
): Promise<IntegrationResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const target = `${request.method} ${url.href}`;
  try {
    const response = await agent.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: request.method as "GET",
      headers: request.headers,
      body: NO_BODY_METHODS.has(request.method) ? null : payloadBytes(request.body),
      signal: controller.signal,
      headersTimeout: timeoutMs + 1000,
      bodyTimeout: timeoutMs + 1000,
    });
    const body = Buffer.from(await response.body.arrayBuffer());
    return { ok: true, response: { status: response.statusCode, headers: response.headers, body } };
  } catch (e) {
    if (controller.signal.aborted) {
      logger.warn(`Execution failed due to a timeout error: ${target} did not answer within ${timeoutMs} ms`);
      return { ok: false, failure: integrationTimeout() };
    }
    const code = errorCode(e);
    if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ECONNREFUSED" || e instanceof undiciErrors.InvalidArgumentError) {
      logger.warn(`Execution failed due to configuration error: Invalid endpoint address or endpoint unreachable: ${target} (${code ?? describe(e)})`);
      return { ok: false, failure: apiConfigurationError() };
    }
    logger.warn(`Execution failed due to a network error communicating with endpoint: ${target} (${code ?? describe(e)})`);
    return { ok: false, failure: integrationFailure() };
  } finally {
    clearTimeout(timer);
  }
}

function errorCode(e: unknown): string | undefined {
  for (let current: unknown = e; typeof current === "object" && current !== null; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && !code.startsWith("UND_ERR")) return code;
  }
  return undefined;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
