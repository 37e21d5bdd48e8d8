import { join } from "node:path";
import { signRequest } from "@apigw-playground/backends/testing";
import { findTemplatesDir, loadTemplate } from "@apigw-playground/routes";
import { startGateway, type RunningGateway } from "../src";
import { recordingLogger } from "./helpers/gateway";
import { send } from "./helpers/http";
import { startUpstream } from "./helpers/upstream";

// The repository's real templates, loaded by the route loader and served as they are.
const templates = findTemplatesDir();
const load = (name: string, parameters: Record<string, string> = {}) => loadTemplate(join(templates, name, "template.yaml"), { parameters });

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let gateway: RunningGateway;
const logger = recordingLogger();
const API_KEY = "local-test-api-key-0123456789";

beforeAll(async () => {
  // Answers like httpbin.org's /anything (the http template's upstream) and like the VPC link's private service.
  upstream = await startUpstream((req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    let json: unknown = null;
    try {
      json = JSON.parse(req.body.toString());
    } catch {
      json = null;
    }
    res.end(JSON.stringify({ method: req.method, url: `http://${req.headers.host}${req.url}`, headers: req.headers, json, path: req.url }));
  });
  const mock = load("mock", { ApiKeyValue: API_KEY });
  const http = load("http", { UpstreamBaseUrl: upstream.url });
  const vpclink = load("vpclink");
  const dynamodb = load("dynamodb");
  const connectionId = vpclink.apis[0]!.routes.find((r) => r.integration.connectionId)!.integration.connectionId!;
  gateway = await startGateway({
    templates: [mock, http, vpclink, dynamodb],
    logger,
    connections: { [connectionId]: upstream.url },
    // Nothing listens on port 1: the AWS integrations' endpoint is unreachable here (see aws-*.test.ts for real backends).
    awsEndpoints: () => "http://127.0.0.1:1",
  });
});
afterAll(async () => {
  await gateway.stop();
  await upstream.close();
});

async function signedGet(template: string, path: string, headers: Record<string, string> = {}) {
  const base = gateway.urlFor(template);
  return send(base, path, { headers: { ...headers, ...(await signRequest({ service: "execute-api", url: `${base}${path}`, headers })) } });
}

describe("templates/mock", () => {
  it("answers GET /hello from the MOCK integration", async () => {
    const res = await signedGet("mock", "/hello");
    expect(res.status).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.json()).toEqual({ message: "Hello from API Gateway", integration: "MOCK", requestId: res.headers["x-amzn-requestid"], stage: "v1", path: "/hello" });
  });
  it("selects integration responses by the requested status", async () => {
    const server = await signedGet("mock", "/status?status=503");
    expect(server.status).toBe(500);
    expect(server.json()).toMatchObject({ requestedStatus: 503, statusClass: "5xx" });
    expect((await signedGet("mock", "/status?status=201")).status).toBe(200);
    const notFound = await signedGet("mock", "/status?status=404");
    expect(notFound.status).toBe(404);
    expect(notFound.json()).toMatchObject({ requestedStatus: 404 });
    expect((await signedGet("mock", "/status?status=418")).status).toBe(400);
    expect((await signedGet("mock", "/status?status=abc")).json()).toEqual({ message: "Query parameter status must be an integer between 200 and 599" });
  });
  it("reports a missing required query parameter through the template's DEFAULT_4XX", async () => {
    const res = await signedGet("mock", "/status");
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ message: "Missing required request parameters: [status]" });
  });
  it("needs the API key on top of SigV4 for GET /premium", async () => {
    expect((await signedGet("mock", "/premium")).status).toBe(403);
    const res = await signedGet("mock", "/premium", { "x-api-key": API_KEY });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ message: "Premium content: your API key was accepted" });
  });
  it("answers the CORS preflight without a signature", async () => {
    const res = await send(gateway.urlFor("mock"), "/hello", { method: "OPTIONS" });
    expect(res.status).toBe(200);
    expect(res.headers["access-control-allow-methods"]).toBe("GET,OPTIONS");
  });
});

describe("templates/http", () => {
  it("reshapes POST /greetings for the upstream and its echo into a greeting", async () => {
    const base = gateway.urlFor("http");
    const body = JSON.stringify({ name: "Ada", language: "fr" });
    const headers = { "content-type": "application/json" };
    const res = await send(base, "/greetings", { method: "POST", body, headers: { ...headers, ...(await signRequest({ service: "execute-api", url: `${base}/greetings`, method: "POST", headers, body })) } });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ greeting: "Bonjour, Ada!", language: "fr", upstreamMethod: "POST", upstreamSawHeader: "http-template", upstreamBaseUrl: upstream.url });
  });
  it("proxies /proxy/{proxy+} to the upstream", async () => {
    const res = await signedGet("http", "/proxy/some/path?x=1");
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ method: "GET", path: "/some/path?x=1" });
  });
});

describe("templates/vpclink", () => {
  it("reaches the private service through the VPC link's local upstream", async () => {
    const res = await signedGet("vpclink", "/private/status");
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ method: "GET", path: "/status" });
  });
});

describe("templates/dynamodb", () => {
  it("answers 500 Internal server error when DynamoDB cannot be reached, and says so in the log", async () => {
    const res = await signedGet("dynamodb", "/items/1");
    expect(res.status).toBe(500);
    expect(res.json()).toEqual({ message: "Internal server error" });
    expect(res.headers["x-amzn-errortype"]).toBe("InternalServerErrorException");
    expect(logger.lines.some((l) => l.includes("endpoint unreachable") && l.includes("127.0.0.1:1"))).toBe(true);
  });
});
