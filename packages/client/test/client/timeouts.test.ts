import { createServer, type Server, type Socket } from "node:net";
import { TimeoutError } from "../../src/errors/TimeoutError";
import { fixtureClient } from "../helpers/fixtureClient";
import { sendJson, startTestServer, type TestServer } from "../helpers/testServer";

let server: TestServer;
afterEach(() => server.close());

describe("timeouts and cancellation", () => {
  test("a response that never comes ends in a TimeoutError naming the request", async () => {
    server = await startTestServer(() => {
      /* never answer */
    });
    const client = fixtureClient(server, { timeouts: { request: 200 }, retry: { maxAttempts: 1 } });
    const error = await client.fixture.getItem({ path: { id: "slow" } }).catch((e: unknown) => e);
    await client.close();
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ phase: "request", timeout: 200, $metadata: { attempts: 1 } });
    expect((error as Error).message).toMatch(new RegExp(`^Request timed out after 200 ms: GET http://127\\.0\\.0\\.1:${server.port}/v1/items/slow`));
  });

  test("the timeout covers the body too: headers then a stalled body time out", async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"id":');
    });
    const client = fixtureClient(server, { retry: { maxAttempts: 1 } });
    const error = await client.fixture.getItem({ path: { id: "1" } }, { timeout: 200 }).catch((e: unknown) => e);
    await client.close();
    expect(error).toMatchObject({ name: "TimeoutError", phase: "request", timeout: 200 });
  });

  test("a timed-out GET is retried, and the retry can succeed", async () => {
    server = await startTestServer((_req, res) => {
      if (server.requests.length > 1) sendJson(res, 200, { id: "1", name: "second" });
    });
    const client = fixtureClient(server, { timeouts: { request: 200 } });
    await expect(client.fixture.getItem({ path: { id: "1" } })).resolves.toEqual({ id: "1", name: "second" });
    await client.close();
    expect(server.requests).toHaveLength(2);
  });

  test("a connection that does not complete ends in a connect TimeoutError", async () => {
    // A TCP listener that never speaks TLS: the https handshake cannot finish, which is
    // undici's connect phase. (Its timer is coarse: it fires within about a second.)
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    server = await startTestServer(() => {});
    const client = fixtureClient({ origin: `https://127.0.0.1:${port}` }, { timeouts: { connect: 100 }, retry: { maxAttempts: 1 } });
    const error = await client.fixture.getItem({ path: { id: "1" } }).catch((e: unknown) => e);
    await client.close();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ phase: "connect", timeout: 100 });
    expect((error as Error).message).toMatch(/^Connection timed out after 100 ms: GET https:\/\/127\.0\.0\.1:\d+\/v1\/items\/1/);
  });

  test("the caller's AbortSignal cancels a call in flight with its reason", async () => {
    server = await startTestServer(() => {});
    const client = fixtureClient(server);
    const controller = new AbortController();
    const call = client.fixture.getItem({ path: { id: "1" } }, { signal: controller.signal });
    await server.received(1);
    controller.abort(new Error("user went away"));
    await expect(call).rejects.toThrow("user went away");
    await client.close();
  });

  test("the caller's AbortSignal cancels a call that got a retryable answer: no second attempt", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 503, { message: "busy" }, { "retry-after": "15" }));
    const client = fixtureClient(server);
    const controller = new AbortController();
    const call = client.fixture.getItem({ path: { id: "1" } }, { signal: controller.signal });
    await server.received(1);
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    await client.close();
    expect(server.requests).toHaveLength(1);
  });

  test("an already aborted signal sends nothing", async () => {
    server = await startTestServer(() => {});
    const client = fixtureClient(server);
    await expect(client.fixture.getItem({ path: { id: "1" } }, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    await client.close();
    expect(server.requests).toHaveLength(0);
  });
});
