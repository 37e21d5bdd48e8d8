import { apiModel, httpProxyIntegration, routeModel } from "@apigw-playground/routes/testing";
import { serve } from "./helpers/gateway";
import { send } from "./helpers/http";
import { startUpstream } from "./helpers/upstream";

const NLB = "http://internal-nlb-123.elb.us-east-1.amazonaws.com";

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  upstream = await startUpstream((req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ url: req.url, host: req.headers.host }));
  });
  const linked = (path: string, connectionId: string) =>
    routeModel({
      method: "ANY",
      path: path,
      integration: httpProxyIntegration(`${NLB}/{proxy}`, {
        connectionType: "VPC_LINK",
        connectionId,
        requestParameters: { "integration.request.path.proxy": "method.request.path.proxy" },
      }),
    });
  server = await serve(apiModel({ routes: [linked("/private/{proxy+}", "link1"), linked("/unknown/{proxy+}", "nolink")] }), {
    connections: { link1: `${upstream.url}/` },
  });
});
afterAll(async () => {
  await server.gateway.stop();
  await upstream.close();
});

describe("VPC link integration", () => {
  it("sends the request to the connection's local upstream, with the URI's host in Host", async () => {
    const res = await send(server.url, "/private/health/deep?probe=1");
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ url: "/health/deep?probe=1", host: new URL(NLB).host });
  });
  it("answers 500 and says which connection is missing when no upstream is configured", async () => {
    const res = await send(server.url, "/unknown/x");
    expect(res.status).toBe(500);
    expect(res.json()).toEqual({ message: "Internal server error" });
    expect(server.logs.some((l) => l.includes('no local upstream for VPC link "nolink"'))).toBe(true);
  });
});
