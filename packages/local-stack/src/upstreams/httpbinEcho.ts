import type { UpstreamRequest } from "./startUpstream";

/** The fields httpbin's `get_dict` can report. */
export type EchoField = "url" | "args" | "form" | "data" | "origin" | "headers" | "files" | "json" | "method";

/**
 * What httpbin.org echoes for a request (its `get_dict` helper), for the fields asked for:
 * - `args`/`form`: one value as a string, repeated names as arrays;
 * - `data`: the body as text when it is UTF-8, else a `data:application/octet-stream;base64,…` URL,
 *   and empty for form posts (Flask consumes a form body);
 * - `json`: the body parsed as JSON whatever its Content-Type, else null;
 * - `headers`: single values, names in Werkzeug's Title-Case (`X-Amz-Date`), repeated headers
 *   joined with ","; proxy headers such as X-Forwarded-For left out, as httpbin hides them;
 * - `origin`: X-Forwarded-For, else the peer address.
 * Multipart bodies are not split into `form`/`files`: they stay in `data`.
 */
export function httpbinEcho(request: UpstreamRequest, remoteAddress: string, fields: readonly EchoField[]): Record<string, unknown> {
  const target = new URL(request.url, "http://upstream.invalid");
  const contentType = request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase() ?? "";
  const isForm = contentType === "application/x-www-form-urlencoded";
  const text = utf8OrUndefined(request.body);
  const all: Record<EchoField, () => unknown> = {
    url: () => `http://${request.headers["host"] ?? "127.0.0.1"}${request.url}`,
    args: () => semiflatten(target.searchParams),
    form: () => (isForm && text !== undefined ? semiflatten(new URLSearchParams(text)) : {}),
    data: () => (isForm ? "" : text ?? `data:application/octet-stream;base64,${request.body.toString("base64")}`),
    origin: () => request.headers["x-forwarded-for"] ?? remoteAddress,
    headers: () => echoHeaders(request.rawHeaders),
    files: () => ({}),
    json: () => parseJsonOrNull(isForm ? "" : text),
    method: () => request.method,
  };
  return Object.fromEntries(fields.map((field) => [field, all[field]()]));
}

/** Headers httpbin hides unless `?show_env` (its ENV_HEADERS): what its proxies add. */
const HIDDEN_HEADERS = new Set(["x-varnish", "x-request-start", "x-heroku-queue-depth", "x-real-ip", "x-forwarded-proto", "x-forwarded-protocol", "x-forwarded-ssl", "x-heroku-queue-wait-time", "x-forwarded-for", "x-heroku-dynos-in-use", "x-forwarded-port", "x-request-id", "via", "total-route-time", "connect-time"]);

function echoHeaders(raw: readonly [string, string][]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of raw) {
    if (HIDDEN_HEADERS.has(name.toLowerCase())) continue;
    const key = titleCase(name);
    headers[key] = headers[key] === undefined ? value : `${headers[key]},${value}`;
  }
  return headers;
}

/** Python's `str.title()` as Werkzeug applies it to header names: each run of letters capitalised (`content-md5` → `Content-Md5`). */
export function titleCase(name: string): string {
  return name.replace(/[A-Za-z]+/g, (word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase());
}

function semiflatten(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    result[name] = values.length === 1 ? values[0]! : values;
  }
  return result;
}

function utf8OrUndefined(body: Buffer): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return undefined; // Not UTF-8: httpbin reports such a body as a base64 data URL.
  }
}

function parseJsonOrNull(text: string | undefined): unknown {
  if (text === undefined || text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return null; // httpbin's json is null for a body that is not JSON.
  }
}

/** httpbin's JSON rendering: keys sorted at every level, two-space indent, a final newline. */
export function httpbinJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
