import { createServer } from "node:net";
import { apiModel, routeModel } from "@apigw-playground/routes/testing";
import { GatewayListenError, GatewayOptionsError, silentLogger, startGateway } from "../src";
import { send } from "./helpers/http";

const one = apiModel({ routes: [routeModel({ method: "GET", path: "/a" })], restApiId: "aaaaaaaaaa" });
const two = apiModel({ routes: [routeModel({ method: "GET", path: "/b" })], restApiId: "bbbbbbbbbb", stageName: "prod" });

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe("startGateway", () => {
  it("serves each API on its own listener with an execute-api-shaped base URL", async () => {
    const gateway = await startGateway({ apis: [{ templateName: "one", api: one }, { templateName: "two", api: two }], logger: silentLogger });
    try {
      expect(gateway.apis).toHaveLength(2);
      const [a, b] = gateway.apis;
      expect(a).toMatchObject({ templateName: "one", logicalId: "Api", apiId: "aaaaaaaaaa", stage: "v1", url: `http://127.0.0.1:${a!.port}/v1` });
      expect(b!.url).toBe(`http://127.0.0.1:${b!.port}/prod`);
      expect(a!.port).not.toBe(b!.port);
      expect(gateway.urlFor("two")).toBe(b!.url);
      expect((await send(gateway.urlFor("one"), "/a")).status).toBe(200);
      expect((await send(gateway.urlFor("two"), "/b")).status).toBe(200);
      // Each listener serves only its own API.
      expect((await send(gateway.urlFor("two"), "/a")).status).toBe(403);
    } finally {
      await gateway.stop();
    }
  });

  it("uses `port` for the first API and `ports` by template name", async () => {
    const [p1, p2] = [await freePort(), await freePort()];
    const gateway = await startGateway({
      apis: [{ templateName: "one", api: one }, { templateName: "two", api: two }],
      port: p1,
      ports: { two: p2 },
      logger: silentLogger,
    });
    try {
      expect(gateway.apis.map((a) => a.port)).toEqual([p1, p2]);
    } finally {
      await gateway.stop();
    }
  });

  it("refuses to start with nothing to serve", async () => {
    await expect(startGateway({})).rejects.toThrow(GatewayOptionsError);
  });

  it("refuses ports for a template it does not serve", async () => {
    await expect(startGateway({ apis: [{ templateName: "one", api: one }], ports: { other: 1234 } })).rejects.toThrow(/ports names "other"/);
  });

  it("reports a port in use as a GatewayListenError and opens nothing", async () => {
    const first = await startGateway({ apis: [{ templateName: "one", api: one }], logger: silentLogger });
    try {
      const error = await startGateway({ apis: [{ templateName: "one", api: one }], port: first.apis[0]!.port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GatewayListenError);
      expect((error as Error).message).toMatch(/Cannot listen on 127\.0\.0\.1:\d+/);
    } finally {
      await first.stop();
    }
  });

  it("names the served templates when urlFor is asked for another", async () => {
    const gateway = await startGateway({ apis: [{ templateName: "one", api: one }], logger: silentLogger });
    try {
      expect(() => gateway.urlFor("nope")).toThrow('No API from template "nope" is served; served: one.');
    } finally {
      await gateway.stop();
    }
  });

  it("stops once however often stop is called", async () => {
    const gateway = await startGateway({ apis: [{ templateName: "one", api: one }], logger: silentLogger });
    await Promise.all([gateway.stop(), gateway.stop()]);
    await expect(send(gateway.urlFor("one"), "/a")).rejects.toThrow(/ECONNREFUSED/);
  });
});
