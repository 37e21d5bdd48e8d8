import { startTestServer } from "../../test/helpers/startTestServer";
import { captureWire, observeWire, type WireExchange } from "./wireCapture";

let server: Awaited<ReturnType<typeof startTestServer>>;
let stopObserving: () => void;

beforeAll(async () => {
  server = await startTestServer((request, body, response) => {
    response.writeHead(request.url === "/missing" ? 404 : 200, { "content-type": "text/plain", "x-amzn-requestid": "req-1" });
    response.end(`${request.method} ${request.url} ${body.toString()}`);
  });
  stopObserving = observeWire();
});

afterAll(async () => {
  stopObserving();
  await server.close();
});

describe("captureWire", () => {
  it("records the request and the response's status and headers", async () => {
    const exchanges: WireExchange[] = [];
    await captureWire(exchanges, async () => {
      const response = await fetch(`${server.url}/missing`, { headers: { "x-demo": "1" } });
      await response.text();
    });
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]).toMatchObject({ method: "GET", url: `${server.url}/missing`, status: 404 });
    expect(exchanges[0]?.requestHeaders["x-demo"]).toBe("1");
    expect(exchanges[0]?.responseHeaders["x-amzn-requestid"]).toBe("req-1");
  });

  it("gives each of several concurrent captures its own requests", async () => {
    const first: WireExchange[] = [];
    const second: WireExchange[] = [];
    await Promise.all([
      captureWire(first, async () => (await fetch(`${server.url}/a`)).text()),
      captureWire(second, async () => {
        await (await fetch(`${server.url}/b`)).text();
        await (await fetch(`${server.url}/c`)).text();
      }),
    ]);
    expect(first.map((exchange) => exchange.url)).toEqual([`${server.url}/a`]);
    expect(second.map((exchange) => exchange.url)).toEqual([`${server.url}/b`, `${server.url}/c`]);
  });

  it("records nothing outside a capture", async () => {
    const exchanges: WireExchange[] = [];
    await (await fetch(`${server.url}/outside`)).text();
    await captureWire(exchanges, async () => undefined);
    expect(exchanges).toEqual([]);
  });
});
