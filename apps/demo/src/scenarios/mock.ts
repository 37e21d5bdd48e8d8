import { CheckFailedError } from "../errors/CheckFailedError";
import type { Scenario } from "./context";
import { messageOf } from "./messageOf";
import { selectedStatus } from "./selectedStatus";

/**
 * MOCK integrations: a fixed document, the CORS preflight, a status chosen by the request and
 * mapped by selection patterns, and a route that needs an API key on top of SigV4.
 */
export const mockScenario: Scenario = async ({ client, steps, model, apiKey, target }) => {
  const { getHello, preflightHello, chooseStatus, getPremium } = client.mock;

  await steps.call("fixed document", getHello, undefined, (hello, exchange) => {
    const requestId = exchange?.responseHeaders["x-amzn-requestid"];
    if (hello.integration !== "MOCK" || (requestId !== undefined && hello.requestId !== requestId)) throw new CheckFailedError(`unexpected document ${JSON.stringify(hello)}`);
    return `"${hello.message}" from the MOCK integration, stage ${hello.stage}, request id ${hello.requestId}`;
  });

  await steps.call("CORS preflight", preflightHello, undefined, (_empty, exchange) => {
    const headers = exchange?.responseHeaders ?? {};
    const methods = headers["access-control-allow-methods"];
    if (methods === undefined) throw new CheckFailedError("the preflight answer has no Access-Control-Allow-Methods");
    return `Allow-Origin ${headers["access-control-allow-origin"] ?? "?"}, Allow-Methods ${methods} (the route has no auth: browsers never sign preflights)`;
  });

  await steps.call("status 200", chooseStatus, { query: { status: 200 } }, (echo) => `asked for 200, got ${echo.statusClass ?? "?"}: ${echo.message}`);

  // The status the template's selection patterns turn a requested 404 into (read from the route, not assumed).
  const route = model.apis.flatMap((api) => api.routes).find((candidate) => candidate.operationId === chooseStatus.route.operationId);
  const expected = route === undefined ? undefined : selectedStatus(route, 404);
  if (expected === undefined) throw new CheckFailedError("the chooseStatus route has no integration response for 404");
  await steps.expectError("status 404", chooseStatus, { query: { status: 404 } }, { status: expected }, (error) => `asked for 404: the selection pattern answered ${error.status} (${messageOf(error.body)})`);

  if (apiKey === undefined) {
    steps.skip("with the API key", getPremium, `skipped on ${target}: pass --api-key <the ApiKeyValue you deployed mock with>`);
  } else {
    await steps.call("with the API key", getPremium, undefined, (premium) => `${premium.message} (key ${premium.apiKeyId})`, { apiKey });
  }
  await steps.expectError("without the API key", getPremium, undefined, { status: 403 }, (error) => `403 ${messageOf(error.body)}: the usage plan needs x-api-key as well as SigV4`);
};
