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

/** An AWS JSON-protocol call: `POST /` with `X-Amz-Target` and a JSON body. */
export interface JsonRequestInit {
  service: string;
  /** `<prefix>.<Operation>`, e.g. `DynamoDB_20120810.ListTables`. */
  target: string;
  /** @default {} */
  body?: unknown;
  /** @default "application/x-amz-json-1.0" (EventBridge speaks 1.1) */
  contentType?: string;
  unsigned?: boolean;
  region?: string;
}

/** Sends an AWS JSON-protocol request and returns the response as it came. */
export function jsonRequest(endpoint: string, init: JsonRequestInit): Promise<Response> {
  return signedFetch({
    service: init.service,
    url: `${endpoint}/`,
    method: "POST",
    headers: { "content-type": init.contentType ?? "application/x-amz-json-1.0", "x-amz-target": init.target },
    body: JSON.stringify(init.body ?? {}),
    ...(init.unsigned ? { unsigned: true } : {}),
    ...(init.region ? { region: init.region } : {}),
  });
}

/** Calls an AWS JSON-protocol operation and returns status, headers and the parsed body. */
export async function callJson(endpoint: string, init: JsonRequestInit): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await jsonRequest(endpoint, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

/** An AWS Query-protocol call: the action and its parameters as a form. */
export interface QueryRequestInit {
  service: string;
  /** `Action`, `Version` and the action's parameters. */
  params: Record<string, string>;
  /** Asks for a JSON answer (`Accept: application/json`) instead of XML. */
  json?: boolean;
  /** A form POST, or the parameters in the query string with `GET`. @default "POST" */
  method?: "GET" | "POST";
  unsigned?: boolean;
}

/** Sends an AWS Query-protocol request and returns the response as it came. */
export function queryRequest(endpoint: string, init: QueryRequestInit): Promise<Response> {
  const form = new URLSearchParams(init.params).toString();
  const get = init.method === "GET";
  return signedFetch({
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
}

/** Calls an AWS Query-protocol action and returns status, headers and text. */
export async function callQuery(endpoint: string, init: QueryRequestInit): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await queryRequest(endpoint, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}
