import { apiModel, httpIntegration, integrationResponse, routeModel } from "@apigw-playground/routes/testing";
import { serve } from "./helpers/gateway";
import { send } from "./helpers/http";
import { startUpstream } from "./helpers/upstream";

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  upstream = await startUpstream((req, res) => {
    const status = Number(new URL(req.url, "http://x").searchParams.get("status") ?? 200);
    res.writeHead(status, { "Content-Type": "application/json", ETag: '"v1"', "X-Upstream": "up" });
    res.end(JSON.stringify({ got: req.url, body: req.body.toString("utf8"), item: { id: 7, name: "seven" } }));
  });
  const host = new URL(upstream.url).host;
  const mapped = routeModel({
    method: "POST",
    path: "/items/{id}",
    parameters: [{ name: "id", in: "path", required: true }],
    integration: httpIntegration("http://${stageVariables.upstreamHost}/things/{thingId}", {
      requestParameters: {
        "integration.request.path.thingId": "method.request.path.id",
        "integration.request.querystring.status": "method.request.querystring.want",
        "integration.request.header.X-Static": "'static-value'",
        "integration.request.header.X-From-Header": "method.request.header.X-In",
        "integration.request.header.X-Context": "context.requestId",
      },
      requestTemplates: {
        "application/json": '#set($context.requestOverride.header.X-Override = "over"){"name": $input.json(\'$.name\'), "stage": "$stageVariables.upstreamHost"}',
      },
      passthroughBehavior: "NEVER",
      responses: [
        integrationResponse({
          statusCode: "200",
          responseParameters: {
            "method.response.header.ETag": "integration.response.header.ETag",
            "method.response.header.X-Item": "integration.response.body.item.name",
          },
          responseTemplates: { "application/json": '{"upstreamSaw": $input.json(\'$\')}' },
        }),
        integrationResponse({ selectionPattern: "4\\d{2}", statusCode: "400", responseTemplates: { "application/json": '{"error":"client"}' } }),
        integrationResponse({ selectionPattern: "5\\d{2}", statusCode: "502", responseTemplates: { "application/json": '{"error":"upstream"}' } }),
      ],
    }),
  });
  const noDefault = routeModel({
    method: "GET",
    path: "/strict",
    integration: httpIntegration(`http://${host}/strict`, {
      httpMethod: "GET",
      requestParameters: { "integration.request.querystring.status": "method.request.querystring.want" },
      responses: [integrationResponse({ selectionPattern: "2\\d{2}", statusCode: "200" })],
    }),
  });
  const passthrough = routeModel({
    method: "PUT",
    path: "/raw",
    integration: httpIntegration(`http://${host}/raw`, { httpMethod: "ANY", responses: [integrationResponse()] }),
  });
  server = await serve(apiModel({ routes: [mapped, noDefault, passthrough], stageVariables: { upstreamHost: host } }));
});
afterAll(async () => {
  await server.gateway.stop();
  await upstream.close();
});

describe("HTTP integration", () => {
  it("maps the request: path placeholder, stage variable, query, headers, template and requestOverride", async () => {
    const res = await send(server.url, "/items/a%20b?want=201", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-In": "from-client", "X-Not-Mapped": "dropped" },
      body: '{"name": "widget", "extra": true}',
    });
    expect(res.status).toBe(200);
    const seen = upstream.received.at(-1)!;
    expect(seen.method).toBe("POST");
    expect(seen.url).toBe("/things/a%20b?status=201");
    expect(JSON.parse(seen.body.toString())).toEqual({ name: "widget", stage: new URL(upstream.url).host });
    expect(seen.headers).toMatchObject({
      "x-static": "static-value",
      "x-from-header": "from-client",
      "x-context": res.headers["x-amzn-requestid"],
      "x-override": "over",
      "content-type": "application/json",
      accept: "application/json",
      "user-agent": "AmazonAPIGateway_abcde12345",
      "x-amzn-apigateway-api-id": "abcde12345",
    });
    expect(seen.headers["x-amzn-trace-id"]).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(seen.headers["x-not-mapped"]).toBeUndefined();
  });

  it("maps the response: headers from the upstream's headers and body, then the template", async () => {
    const res = await send(server.url, "/items/1", { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"name":"x"}' });
    expect(res.headers.etag).toBe('"v1"');
    expect(res.headers["x-item"]).toBe("seven");
    expect(res.headers["x-upstream"]).toBeUndefined();
    expect(res.json<{ upstreamSaw: { item: unknown } }>().upstreamSaw.item).toEqual({ id: 7, name: "seven" });
  });

  const selections: [string, number, unknown][] = [
    ["404", 400, { error: "client" }],
    ["503", 502, { error: "upstream" }],
  ];
  for (const [upstreamStatus, status, body] of selections) {
    it(`selects the integration response by the upstream's status ${upstreamStatus}`, async () => {
      const res = await send(server.url, `/items/1?want=${upstreamStatus}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
      expect(res.status).toBe(status);
      expect(res.json()).toEqual(body);
    });
  }

  it("fails with 500 when no integration response matches and there is no default", async () => {
    const res = await send(server.url, "/strict?want=404");
    expect(res.status).toBe(500);
    expect(res.json()).toEqual({ message: "Internal server error" });
    expect(server.logs.some((l) => l.includes("No match for output mapping and no default output mapping configured. Endpoint Response Status Code: 404"))).toBe(true);
  });

  it("passes a body through without a template and uses the client's method for ANY", async () => {
    const res = await send(server.url, "/raw", { method: "PUT", headers: { "Content-Type": "text/plain" }, body: "plain text" });
    expect(res.status).toBe(200);
    const seen = upstream.received.at(-1)!;
    expect(seen.method).toBe("PUT");
    expect(seen.body.toString()).toBe("plain text");
    expect(seen.headers["content-type"]).toBe("text/plain");
    // Without a response template the upstream's body and content type come back.
    expect(res.headers["content-type"]).toBe("application/json");
    expect(res.json()).toMatchObject({ got: "/raw" });
  });
});
