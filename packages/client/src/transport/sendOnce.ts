import { EventEmitter } from "node:events";
import type { Dispatcher } from "undici";

/** A request ready for the wire: signed headers, encoded path and query, a replayable body. */
export interface WireRequest {
  method: string;
  /** `http://127.0.0.1:1234` or `https://id.execute-api.us-east-1.amazonaws.com` */
  origin: string;
  /** Encoded path with the encoded query string, if any. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface WireResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Why an attempt produced no response. `connect`: nothing was sent, so it is safe to repeat for any method. */
export type AttemptFailure =
  | { kind: "connect"; code: string; cause: unknown }
  | { kind: "connect-timeout"; code: string; cause: unknown }
  | { kind: "network"; code: string | undefined; cause: unknown }
  | { kind: "timeout" };

export type AttemptOutcome = { response: WireResponse } | { failure: AttemptFailure };

const CONNECT_CODES = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ENOTFOUND"]);
const NETWORK_CODES = new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "ECONNABORTED", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);

/**
 * One attempt: send, then read the whole response, all within `timeout` ms. The caller's
 * signal aborts it and its reason is thrown as is (as fetch does); every other failure
 * comes back as a classified AttemptFailure for the retry loop to judge.
 */
export async function sendOnce(
  dispatcher: Dispatcher,
  request: WireRequest,
  options: { timeout: number; signal?: AbortSignal | undefined },
): Promise<AttemptOutcome> {
  const { signal } = options;
  signal?.throwIfAborted();
  // undici takes an EventEmitter as its abort signal too. One per attempt costs next to
  // nothing, where a fresh AbortController per request cut loopback throughput by a
  // third on Node 20 (bench/run.ts).
  const abort = new EventEmitter();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.emit("abort");
  }, options.timeout);
  const forwardAbort = () => abort.emit("abort");
  signal?.addEventListener("abort", forwardAbort, { once: true });
  try {
    const response = await dispatcher.request({
      method: request.method as Dispatcher.HttpMethod,
      path: request.path,
      headers: request.headers,
      body: request.body ?? null,
      signal: abort,
    });
    const body = new Uint8Array(await response.body.arrayBuffer());
    return { response: { status: response.statusCode, headers: flattenHeaders(response.headers), body } };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) return { failure: { kind: "timeout" } };
    return { failure: classify(error) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", forwardAbort);
  }
}

function classify(error: unknown): AttemptFailure {
  const code = codeOf(error);
  if (code === "UND_ERR_CONNECT_TIMEOUT") return { kind: "connect-timeout", code, cause: error };
  if (code !== undefined && CONNECT_CODES.has(code)) return { kind: "connect", code, cause: error };
  if (code === undefined || NETWORK_CODES.has(code)) return { kind: "network", code, cause: error };
  // Anything else (an invalid header value, say) is not a network event: let it surface.
  throw error;
}

function codeOf(error: unknown): string | undefined {
  for (let e = error; typeof e === "object" && e !== null; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
