import { apiModel, httpIntegration, integrationResponse, routeModel } from "@apigw-playground/routes/testing";
import { serve } from "./helpers/gateway";
import { send } from "./helpers/http";
import { startUpstream } from "./helpers/upstream";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  // Echoes the body it got; answers with the Content-Type asked for in ?type=.
  upstream = await startUpstream((req, res) => {
    const type = new URL(req.url, "http://x").searchParams.get("type") ?? "application/octet-stream";
    res.writeHead(200, { "Content-Type": type });
    res.end(req.url.includes("png") ? PNG : req.body);
  });
  const http = (path: string, overrides: Parameters<typeof httpIntegration>[1]) =>
    routeModel({
      method: "POST",
      path: path,
      integration: httpIntegration(`${upstream.url}/echo`, {
        requestParameters: { "integration.request.querystring.type": "method.request.querystring.type" },
        ...overrides,
      }),
    });
  server = await serve(
    apiModel({ routes: [
        http("/plain", {}),
        http("/to-text", { contentHandling: "CONVERT_TO_TEXT" }),
        http("/to-binary", { contentHandling: "CONVERT_TO_BINARY" }),
        http("/templated", {
          contentHandling: "CONVERT_TO_TEXT",
          requestTemplates: { "image/png": '{"data":"$input.body"}' },
          responses: [integrationResponse({ responseTemplates: {} })],
        }),
        http("/response-to-text", { responses: [integrationResponse({ contentHandling: "CONVERT_TO_TEXT" })] }),
        routeModel({
          method: "POST",
          path: "/png",
          integration: httpIntegration(`${upstream.url}/png`, { requestParameters: { "integration.request.querystring.type": "'image/png'" } }),
        }),
      ], binaryMediaTypes: ["image/*", "application/octet-stream"] }),
  );
});
afterAll(async () => {
  await server.gateway.stop();
  await upstream.close();
});

const post = (path: string, body: Buffer | string, headers: Record<string, string>) => send(server.url, path, { method: "POST", body, headers });

describe("binary payloads", () => {
  it("passes a binary request through byte for byte", async () => {
    await post("/plain", PNG, { "Content-Type": "image/png" });
    expect(upstream.received.at(-1)!.body).toEqual(PNG);
  });
  it("base64-encodes a binary request for CONVERT_TO_TEXT", async () => {
    await post("/to-text", PNG, { "Content-Type": "image/png" });
    expect(upstream.received.at(-1)!.body.toString()).toBe(PNG.toString("base64"));
  });
  it("base64-decodes a text request for CONVERT_TO_BINARY", async () => {
    await post("/to-binary", PNG.toString("base64"), { "Content-Type": "text/plain" });
    expect(upstream.received.at(-1)!.body).toEqual(PNG);
  });
  it("fails with 500 when CONVERT_TO_BINARY meets text that is not base64", async () => {
    const res = await post("/to-binary", "not base64!", { "Content-Type": "text/plain" });
    expect(res.status).toBe(500);
  });
  it("gives a request template the base64 text of a binary body under CONVERT_TO_TEXT", async () => {
    await post("/templated", PNG, { "Content-Type": "image/png" });
    expect(JSON.parse(upstream.received.at(-1)!.body.toString())).toEqual({ data: PNG.toString("base64") });
  });
  it("returns a binary response as bytes when the first Accept type is binary", async () => {
    const res = await post("/png", "", { Accept: "image/png, text/plain" });
    expect(res.body).toEqual(PNG);
  });
  it("base64-encodes a binary response when the first Accept type is text", async () => {
    const res = await post("/png", "", { Accept: "application/json, image/png" });
    expect(res.text).toBe(PNG.toString("base64"));
  });
  it("base64-encodes a binary response for CONVERT_TO_TEXT even when Accept is binary", async () => {
    const res = await post("/response-to-text?type=image/png", PNG, { "Content-Type": "image/png", Accept: "image/png" });
    expect(res.text).toBe(PNG.toString("base64"));
  });
  it("base64-decodes a text response when the first Accept type is binary", async () => {
    const res = await post("/plain?type=text/plain", PNG.toString("base64"), { "Content-Type": "text/plain", Accept: "application/octet-stream" });
    expect(res.body).toEqual(PNG);
  });
});
