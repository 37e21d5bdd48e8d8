import { signRequest } from "@apigw-playground/backends/testing";
import { request } from "undici";
import type { LocalStack } from "../../src";

/** An API's answer, read whole. */
export interface ApiResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
  text(): string;
  json<T = Record<string, unknown>>(): T;
}

/** A request to one of the stack's APIs. */
export interface ApiCall {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send without a SigV4 signature. */
  unsigned?: boolean;
}

/**
 * Sends a request to `<api url><path>`, signed with SigV4 for execute-api with the stack's local
 * user (as the AWS SDKs sign: the path is normalised and encoded once more in the canonical request).
 */
export async function callApi(stack: LocalStack, template: string, path: string, call: ApiCall = {}): Promise<ApiResponse> {
  const url = new URL(`${stack.urlFor(template)}${path}`);
  const method = call.method ?? (call.body === undefined ? "GET" : "POST");
  const headers = call.unsigned
    ? (call.headers ?? {})
    : await signRequest({
        service: "execute-api",
        url: url.href,
        method,
        headers: call.headers ?? {},
        region: stack.templates[0]?.region ?? "us-east-1",
        credentials: stack.credentials,
        ...(call.body === undefined ? {} : { body: call.body }),
      });
  const answer = await request(url, { method: method as "GET", headers, ...(call.body === undefined ? {} : { body: call.body }) });
  const body = Buffer.from(await answer.body.arrayBuffer());
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  return {
    status: answer.statusCode,
    headers: flat,
    body,
    text: () => body.toString("utf8"),
    json: <T>() => {
      try {
        return JSON.parse(body.toString("utf8")) as T;
      } catch (error) {
        throw new Error(`${method} ${path} answered ${answer.statusCode} with a body that is not JSON: ${body.toString("utf8").slice(0, 300)}`, { cause: error });
      }
    },
  };
}

/**
 * Calls `attempt` until `done` accepts its result, at most `tries` times with `pauseMs` between —
 * only for what AWS itself does asynchronously (an execution finishing, a delivery reaching a
 * queue) when there is no event to wait for, as with an external endpoint.
 */
export async function pollUntil<T>(attempt: () => Promise<T>, done: (value: T) => boolean, { tries = 50, pauseMs = 100 } = {}): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < tries; i++) {
    last = await attempt();
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  throw new Error(`Gave up after ${tries} tries; last result: ${JSON.stringify(last)?.slice(0, 500)}`);
}
