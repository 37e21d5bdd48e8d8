import { silentLogger } from "@apigw-playground/gateway";
import { type LocalStack, type LocalStackEvent, startLocalStack } from "../src";
import { callApi } from "./helpers/callApi";
import { runServiceScenarios } from "./scenarios/services.case";
import { sfnScenarios } from "./scenarios/sfn.case";

// The whole stack — all eight templates, embedded backends, local upstreams — as `pnpm demo` runs it.
let stack: LocalStack;
const events: LocalStackEvent[] = [];

beforeAll(async () => {
  stack = await startLocalStack({ logger: silentLogger, env: {}, onProgress: (event) => events.push(event) });
}, 30_000);
afterAll(() => stack?.stop());

const ctx = { backend: "embedded" as const, stack: () => stack };
runServiceScenarios(ctx);
sfnScenarios(ctx);

describe("the started stack", () => {
  it("serves every template's API and reports each resource once, provisioned or why not", () => {
    expect(stack.apis.map((api) => api.templateName)).toEqual(["dynamodb", "events", "http", "mock", "s3", "sfn", "sns", "vpclink"]);
    for (const template of stack.templates) {
      for (const logicalId of Object.keys(template.resources)) {
        const reports = events.filter((e) => (e.type === "resource-provisioned" || e.type === "resource-not-provisioned") && e.template === template.name && e.logicalId === logicalId);
        expect(reports).toHaveLength(1);
      }
    }
    const provisioned = events.flatMap((e) => (e.type === "resource-provisioned" ? [`${e.template}/${e.logicalId}`] : []));
    expect(provisioned.sort()).toEqual([
      "dynamodb/Table",
      "events/DeliveryQueue",
      "events/DeliveryQueuePolicy",
      "events/DeliveryRule",
      "events/EventBus",
      "s3/Bucket",
      "sfn/ExpressStateMachine",
      "sfn/OrdersStateMachine",
      "sns/Topic",
    ]);
    expect(events.filter((e) => e.type === "warning")).toEqual([]);
    expect(events.at(-1)).toMatchObject({ type: "ready" });
  });

  it("created the resources under the names the routes use", async () => {
    const states = stack.received("states").filter((r) => r.action === "CreateStateMachine");
    expect(states.map((r) => (r.input as { name: string }).name).sort()).toEqual(["apigw-playground-sfn-express", "apigw-playground-sfn-orders"]);
    const rule = stack.received("events").find((r) => r.action === "PutRule");
    expect(rule?.input).toMatchObject({ Name: "apigw-playground-events-DeliveryRule", EventBusName: "apigw-playground-events-bus", EventPattern: JSON.stringify({ source: ["apigw-playground.demo"] }) });
  });

  it("gives the mock template's API key", async () => {
    const [key] = stack.apiKeys["mock"]!;
    expect((await callApi(stack, "mock", "/premium", { headers: { "x-api-key": key! } })).status).toBe(200);
    expect((await callApi(stack, "mock", "/premium")).status).toBe(403);
  });
});

describe("mock template", () => {
  it("answers GET /hello from the MOCK integration", async () => {
    const res = await callApi(stack, "mock", "/hello");
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ integration: "MOCK", stage: "v1" });
  });
  it("refuses an unsigned request", async () => {
    expect((await callApi(stack, "mock", "/hello", { unsigned: true })).status).toBe(403);
  });
});

describe("http template against the local httpbin", () => {
  it("reshapes POST /greetings through the upstream's echo", async () => {
    const res = await callApi(stack, "http", "/greetings", { headers: { "content-type": "application/json" }, body: JSON.stringify({ name: 'Zoë "Z"', language: "fr" }) });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      greeting: 'Bonjour, Zoë "Z"!',
      language: "fr",
      upstreamMethod: "POST",
      upstreamUrl: `${stack.upstreams.http}/anything/greetings`,
      upstreamSawHeader: "http-template",
      upstreamBaseUrl: stack.upstreams.http,
    });
    const seen = stack.upstreamRequests("http").at(-1)!;
    expect(seen.url).toBe("/anything/greetings");
    expect(JSON.parse(seen.body.toString())).toMatchObject({ person: { fullName: 'Zoë "Z"' }, lang: "fr" });
  });

  it("passes any request through /proxy and the upstream's answer back (HTTP_PROXY)", async () => {
    const echo = await callApi(stack, "http", "/proxy/anything/a/b?x=1&x=2&y=ü", { method: "PUT", headers: { "content-type": "text/plain" }, body: "raw body" });
    expect(echo.status).toBe(200);
    expect(echo.json()).toMatchObject({ method: "PUT", args: { x: ["1", "2"], y: "ü" }, data: "raw body", json: null });
    const teapot = await callApi(stack, "http", "/proxy/status/418");
    expect(teapot.status).toBe(418);
  });

  it("passes the upstream's 404 for an unknown path through untouched", async () => {
    const res = await callApi(stack, "http", "/proxy/no-such-path");
    expect(res.status).toBe(404);
    expect(res.text()).toContain("Not Found");
  });
});

describe("vpclink template against the local private service", () => {
  it("reaches GET / of the private service through the VPC link", async () => {
    const res = await callApi(stack, "vpclink", "/private");
    expect(res.status).toBe(200);
    const nlb = stack.templates.find((t) => t.name === "vpclink")!.resources["LoadBalancer"]!.attributes["DNSName"];
    const echo = res.json<{ service: string; method: string; path: string; headers: Record<string, string> }>();
    expect(echo).toMatchObject({ service: "private", method: "GET", path: "/" });
    // The URI's host (the load balancer's DNS name) is what the service sees, in whatever case the gateway wrote the name.
    expect(Object.entries(echo.headers).find(([name]) => name.toLowerCase() === "host")?.[1]).toBe(nlb);
  });

  it("sends any method, path, query and body to the same path", async () => {
    const res = await callApi(stack, "vpclink", "/private/orders/7?expand=lines", { method: "PATCH", headers: { "content-type": "application/json" }, body: '{"state":"shipped ü"}' });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ service: "private", method: "PATCH", path: "/orders/7?expand=lines", body: '{"state":"shipped ü"}' });
  });
});
