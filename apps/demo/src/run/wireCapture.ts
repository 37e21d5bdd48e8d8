import { AsyncLocalStorage } from "node:async_hooks";
import diagnosticsChannel from "node:diagnostics_channel";

/** One HTTP request/response pair as it went over the wire. */
export interface WireExchange {
  method: string;
  /** Origin plus path and query, e.g. `http://127.0.0.1:4510/v1/items/a1`. */
  url: string;
  requestHeaders: Record<string, string>;
  requestBody: Buffer[];
  status?: number;
  responseHeaders: Record<string, string>;
  responseBody: Buffer[];
  /** Set when the request failed without a response (refused, reset, aborted). */
  error?: string;
}

/** What undici publishes about a request (its `undici:request:*` diagnostics channels). */
interface UndiciRequest {
  origin?: unknown;
  method?: unknown;
  path?: unknown;
  /** undici 7: `[name, value, ...]`; node's bundled undici 6: `"name: value\r\n..."`. */
  headers?: unknown;
}

const exchangesOfStep = new AsyncLocalStorage<WireExchange[]>();
const exchangeOfRequest = new WeakMap<object, WireExchange>();

// undici (the client's transport, and node's own fetch) publishes every request's life on these
// documented channels. Subscribing observes the real exchange (status, headers, bytes) without
// reaching into the client: its typed results carry the body, not the status.
const handlers: Record<string, (message: unknown) => void> = {
  "undici:request:create": (message) => {
    const request = requestOf(message);
    const exchanges = exchangesOfStep.getStore();
    if (request === undefined || exchanges === undefined) return;
    const exchange: WireExchange = {
      method: String(request.method),
      url: `${String(request.origin)}${String(request.path)}`,
      requestHeaders: headerRecord(request.headers),
      requestBody: [],
      responseHeaders: {},
      responseBody: [],
    };
    exchangeOfRequest.set(request, exchange);
    exchanges.push(exchange);
  },
  "undici:request:bodyChunkSent": (message) => exchangeOf(message)?.requestBody.push(chunkOf(message)),
  "undici:request:headers": (message) => {
    const exchange = exchangeOf(message);
    const response = (message as { response?: { statusCode?: unknown; headers?: unknown } }).response;
    if (exchange === undefined || response === undefined) return;
    exchange.status = Number(response.statusCode);
    exchange.responseHeaders = headerRecord(response.headers);
  },
  "undici:request:bodyChunkReceived": (message) => exchangeOf(message)?.responseBody.push(chunkOf(message)),
  "undici:request:error": (message) => {
    const exchange = exchangeOf(message);
    const error = (message as { error?: unknown }).error;
    if (exchange !== undefined) exchange.error = error instanceof Error ? error.message : String(error);
  },
};

let subscribers = 0;

/**
 * Starts observing undici's requests; each one made inside {@link captureWire} is recorded.
 * Returns the function that stops observing (subscriptions are counted, so nesting is fine).
 */
export function observeWire(): () => void {
  if (subscribers++ === 0) for (const [name, handler] of Object.entries(handlers)) diagnosticsChannel.subscribe(name, handler);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    if (--subscribers === 0) for (const [name, handler] of Object.entries(handlers)) diagnosticsChannel.unsubscribe(name, handler);
  };
}

/**
 * Runs `fn` and collects the HTTP exchanges it starts (while {@link observeWire} is on). Requests
 * are attributed by async context, so steps running concurrently each get their own.
 */
export async function captureWire<T>(exchanges: WireExchange[], fn: () => Promise<T>): Promise<T> {
  return exchangesOfStep.run(exchanges, fn);
}

function requestOf(message: unknown): (UndiciRequest & object) | undefined {
  const request = (message as { request?: unknown }).request;
  return typeof request === "object" && request !== null ? (request as UndiciRequest) : undefined;
}

function exchangeOf(message: unknown): WireExchange | undefined {
  const request = requestOf(message);
  return request === undefined ? undefined : exchangeOfRequest.get(request);
}

function chunkOf(message: unknown): Buffer {
  const chunk = (message as { chunk?: unknown }).chunk;
  if (typeof chunk === "string") return Buffer.from(chunk);
  // A copy: the transport may reuse the memory of a chunk once it has been handled.
  return chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.alloc(0);
}

/** Lower-case header names; repeated headers joined with ", ". */
function headerRecord(raw: unknown): Record<string, string> {
  const pairs: [string, string][] = [];
  if (typeof raw === "string") {
    for (const line of raw.split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon > 0) pairs.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
    }
  } else if (Array.isArray(raw)) {
    for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([String(raw[i]), String(raw[i + 1])]);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of pairs) {
    const key = name.toLowerCase();
    headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
  }
  return headers;
}
