import { apiModel, httpProxyIntegration, routeModel } from "@apigw-playground/routes/testing";
import { serve } from "./helpers/gateway";
import { send } from "./helpers/http";
import { startUpstream } from "./helpers/upstream";

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  upstream = await startUpstream((req, res) => {
    res.writeHead(req.url.startsWith("/teapot") ? 418 : 200, { "Content-Type": "text/plain", "X-Upstream": "yes", "Set-Cookie": ["a=1", "b=2"] });
    res.end(`${req.method} ${req.url}`);
  });
  const proxy = routeModel({
    method: "ANY",
    path: "/proxy/{proxy+}",
    integration: httpProxyIntegration(`${upstream.url}/{proxy}`, {
      requestParameters: { "integration.request.path.proxy": "method.request.path.proxy", "integration.request.header.X-Added": "'added'" },
    }),
  });
  server = await serve(apiModel({ routes: [proxy] }));
});
afterAll(async () => {
  await server.gateway.stop();
  await upstream.close();
});

describe("HTTP_PROXY integration", () => {
  it("passes method, greedy path, query, headers and body, and the answer back as it is", async () => {
    const res = await send(server.url, "/proxy/a/b%20c?x=1&x=2&y=", {
      method: "PATCH",
      headers: { "Content-Type": "application/json", "X-Client": "c", Connection: "keep-alive", "Proxy-Authorization": "secret" },
      body: '{"a":1}',
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe("PATCH /a/b%20c?x=1&x=2&y=");
    expect(res.headers["x-upstream"]).toBe("yes");
    expect(res.headers["set-cookie"]).toEqual(["a=1", "b=2"]);
    expect(res.headers["content-type"]).toBe("text/plain");
    const seen = upstream.received.at(-1)!;
    expect(seen.body.toString()).toBe('{"a":1}');
    expect(seen.headers).toMatchObject({ "x-client": "c", "x-added": "added", "content-type": "application/json", "x-amzn-apigateway-api-id": "abcde12345" });
    expect(seen.headers["proxy-authorization"]).toBeUndefined();
    expect(seen.headers.host).toBe(new URL(upstream.url).host);
  });

  it("returns the upstream's status unchanged", async () => {
    const res = await send(server.url, "/proxy/teapot");
    expect(res.status).toBe(418);
    expect(res.text).toBe("GET /teapot");
  });
});
