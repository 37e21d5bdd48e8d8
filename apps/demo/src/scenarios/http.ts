import { CheckFailedError } from "../errors/CheckFailedError";
import type { Scenario } from "./context";

/**
 * HTTP integrations: HTTP_PROXY passes a request through to the upstream (httpbin.org on AWS, a
 * local echo locally) and its answer back untouched; the non-proxy POST /greetings reshapes the
 * request for the upstream and the upstream's echo into a greeting, both in VTL.
 */
export const httpScenario: Scenario = async ({ client, steps, runId }) => {
  const { proxy, createGreeting } = client.http;
  const path = `anything/demo/${runId}`;

  await steps.call("proxy a GET", proxy, { method: "GET", path: { proxy: path } }, (answer) => {
    const echo = echoOf(answer);
    if (echo.method !== "GET" || !String(echo.url).includes(`/${path}`)) throw new CheckFailedError(`the upstream echoed ${JSON.stringify(echo).slice(0, 200)}`);
    return `the upstream saw GET /${path} and its answer came back untouched`;
  });
  await steps.call("proxy a POST", proxy, { method: "POST", path: { proxy: path }, body: Buffer.from(JSON.stringify({ runId })), contentType: "application/json" }, (answer) => {
    const echo = echoOf(answer);
    const json = echo.json as { runId?: unknown } | null | undefined;
    if (echo.method !== "POST" || json?.runId !== runId) throw new CheckFailedError(`the upstream echoed ${JSON.stringify(echo).slice(0, 200)}`);
    return "the upstream saw POST with the JSON body as sent";
  });
  await steps.call("reshaped greeting", createGreeting, { body: { name: "Ada", language: "fr" } }, (greeting) => {
    if (greeting.upstreamMethod !== "POST" || greeting.upstreamSawHeader === "") throw new CheckFailedError(`unexpected greeting ${JSON.stringify(greeting)}`);
    return `"${greeting.greeting}": the upstream saw ${greeting.upstreamMethod} with X-Playground ${greeting.upstreamSawHeader}`;
  });
};

/** The upstream's echo (httpbin's /anything shape), whether the client gave it parsed or as bytes. */
export function echoOf(answer: unknown): Record<string, unknown> {
  let value = answer;
  if (typeof value === "object" && value !== null && "body" in value && (value as { body: unknown }).body instanceof Uint8Array) {
    value = new TextDecoder().decode((value as { body: Uint8Array }).body);
  }
  if (typeof value === "string") {
    const text = value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new CheckFailedError(`the upstream's answer is not JSON (${(error as Error).message}): ${text.slice(0, 120)}`);
    }
  }
  if (typeof value !== "object" || value === null) throw new CheckFailedError(`the upstream's answer is ${JSON.stringify(value)}`);
  return value as Record<string, unknown>;
}
