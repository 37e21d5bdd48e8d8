import { type SignRequestInit, signRequest } from "./signRequest";

/** A request to send to a local backend, signed like an SDK would sign it unless `unsigned`. */
export interface SignedFetchInit extends Omit<SignRequestInit, "credentials"> {
  /** Sends the request without any Authorization, to check that backends refuse it. */
  unsigned?: boolean;
}

/** Signs a request with SigV4 (the local credentials) and sends it with fetch. For tests and tools. */
export async function signedFetch(init: SignedFetchInit): Promise<Response> {
  const method = init.method ?? (init.body === undefined ? "GET" : "POST");
  const { unsigned, ...request } = init;
  const headers = unsigned ? (init.headers ?? {}) : await signRequest({ ...request, method });
  return fetch(init.url, { method, headers, ...(init.body === undefined ? {} : { body: init.body }) });
}

/** Calls an AWS JSON-protocol operation and returns status, headers and the parsed body. */
export async function callJson(
  endpoint: string,
  init: { service: string; target: string; body?: unknown; contentType?: string; unsigned?: boolean; region?: string },
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await signedFetch({
    service: init.service,
    url: `${endpoint}/`,
    method: "POST",
    headers: { "content-type": init.contentType ?? "application/x-amz-json-1.0", "x-amz-target": init.target },
    body: JSON.stringify(init.body ?? {}),
    ...(init.unsigned ? { unsigned: true } : {}),
    ...(init.region ? { region: init.region } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

/** Calls an AWS Query-protocol action (form POST, or GET with `method: "GET"`) and returns status, headers and text. */
export async function callQuery(
  endpoint: string,
  init: { service: string; params: Record<string, string>; json?: boolean; method?: "GET" | "POST"; unsigned?: boolean },
): Promise<{ status: number; headers: Headers; text: string }> {
  const form = new URLSearchParams(init.params).toString();
  const get = init.method === "GET";
  const response = await signedFetch({
    service: init.service,
    url: get ? `${endpoint}/?${form}` : `${endpoint}/`,
    method: get ? "GET" : "POST",
    headers: {
      ...(get ? {} : { "content-type": "application/x-www-form-urlencoded; charset=utf-8" }),
      ...(init.json ? { accept: "application/json" } : {}),
    },
    ...(get ? {} : { body: form }),
    ...(init.unsigned ? { unsigned: true } : {}),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
