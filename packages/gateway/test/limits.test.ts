import { createServer } from "node:net";
import { apiModel, httpIntegration, mockIntegration, routeModel } from "@apigw-playground/routes/testing";
import { MAX_REQUEST_BYTES } from "../src";
import { serve } from "./helpers/gateway";
import { send } from "./helpers/http";
import { startUpstream } from "./helpers/upstream";

let silent: Awaited<ReturnType<typeof startUpstream>>;
let closedPort: number;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  // An upstream that reads the request and never answers.
  silent = await startUpstream(() => {});
  // A port nothing listens on: open one, note it, close it.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));

  server = await serve(
    apiModel({ routes: [
      routeModel({ method: "POST", path: "/upload", integration: mockIntegration() }),
      routeModel({ method: "GET", path: "/slow", integration: httpIntegration(`${silent.url}/slow`, { httpMethod: "GET", timeoutInMillis: 50 }) }),
      routeModel({ method: "GET", path: "/down", integration: httpIntegration(`http://127.0.0.1:${closedPort}/down`, { httpMethod: "GET" }) }),
    ] }),
  );
});
afterAll(async () => {
  await server.gateway.stop();
  await silent.close();
});

describe("limits", () => {
  it("accepts a body of exactly 10 MB", async () => {
    const res = await send(server.url, "/upload", { method: "POST", body: Buffer.alloc(MAX_REQUEST_BYTES, 0x20) });
    expect(res.status).toBe(200);
  });
  it("refuses a body over 10 MB with 413", async () => {
    const res = await send(server.url, "/upload", { method: "POST", body: Buffer.alloc(MAX_REQUEST_BYTES + 1, 0x20) });
    expect(res.status).toBe(413);
    expect(res.json()).toEqual({ message: "HTTP content length exceeded 10485760 bytes." });
    expect(res.headers["x-amzn-errortype"]).toBe("RequestTooLargeException");
  });
  it("answers 504 when the integration does not answer within timeoutInMillis", async () => {
    const res = await send(server.url, "/slow");
    expect(res.status).toBe(504);
    expect(res.json()).toEqual({ message: "Endpoint request timed out" });
    expect(res.headers["x-amzn-errortype"]).toBe("InternalServerErrorException");
    expect(silent.received.length).toBe(1);
  });
  it("answers 500 when the endpoint refuses the connection", async () => {
    const res = await send(server.url, "/down");
    expect(res.status).toBe(500);
    expect(res.json()).toEqual({ message: "Internal server error" });
    expect(server.logs.some((l) => l.includes("Execution failed due to configuration error") && l.includes(`127.0.0.1:${closedPort}`))).toBe(true);
  });
});
