import { createServer } from "node:net";
import { GatewayError } from "../../src/errors/GatewayError";
import { NetworkError } from "../../src/errors/NetworkError";
import { UnexpectedResponseError } from "../../src/errors/UnexpectedResponseError";
import { fixtureClient } from "../helpers/fixtureClient";
import { sendJson, startTestServer, type TestServer } from "../helpers/testServer";

let server: TestServer;
let closeServer: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeServer?.();
  closeServer = undefined;
});

async function serve(handler: Parameters<typeof startTestServer>[0]) {
  server = await startTestServer(handler);
  closeServer = server.close;
  return server;
}

/** Answer the given statuses in turn, then 200; extra headers per answer. */
function statuses(...answers: Array<number | [number, Record<string, string>]>) {
  return serve((req, res) => {
    const answer = answers[server.requests.length - 1];
    const [status, headers] = answer === undefined ? [200, {}] : Array.isArray(answer) ? answer : [answer, {}];
    if (status === 200 || status === 201) sendJson(res, status, { id: "1", name: req.method });
    else sendJson(res, status, { message: `status ${status}` }, headers);
  });
}

const throttled: [number, Record<string, string>] = [429, { "x-amzn-errortype": "TooManyRequestsException" }];

describe("retries", () => {
  test("retries a GET after 429 and 503 and returns the success", async () => {
    server = await statuses(throttled, 503);
    const client = fixtureClient(server);
    await expect(client.fixture.getItem({ path: { id: "1" } })).resolves.toEqual({ id: "1", name: "GET" });
    await client.close();
    expect(server.requests).toHaveLength(3);
    expect(server.requests.every((r) => r.verdict.valid)).toBe(true);
  });

  test("gives up after maxAttempts and reports the attempts", async () => {
    server = await statuses(503, 503, 503, 503);
    const client = fixtureClient(server, { retry: { maxAttempts: 3 } });
    const error = await client.fixture.getItem({ path: { id: "1" } }).catch((e: unknown) => e);
    await client.close();
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as UnexpectedResponseError).$metadata).toMatchObject({ httpStatusCode: 503, attempts: 3 });
    expect(server.requests).toHaveLength(3);
  });

  test("does not retry a POST by default", async () => {
    server = await statuses(503);
    const client = fixtureClient(server);
    await expect(client.fixture.createItem({ body: { name: "n" } })).rejects.toMatchObject({ $metadata: { attempts: 1 } });
    await client.close();
    expect(server.requests).toHaveLength(1);
  });

  test("retries a POST when the client opts in", async () => {
    server = await statuses(503);
    const client = fixtureClient(server, { retry: { retryNonIdempotent: true } });
    await expect(client.fixture.createItem({ body: { name: "n" } })).resolves.toEqual({ id: "1", name: "POST" });
    await client.close();
    expect(server.requests).toHaveLength(2);
  });

  test("retries a POST when the call opts in", async () => {
    server = await statuses(throttled);
    const client = fixtureClient(server);
    await expect(client.fixture.createItem({ body: { name: "n" } }, { retryNonIdempotent: true })).resolves.toMatchObject({ name: "POST" });
    await client.close();
    expect(server.requests).toHaveLength(2);
  });

  test("does not retry 501 or a 4xx other than 429", async () => {
    server = await statuses(501, 400);
    const client = fixtureClient(server);
    await expect(client.fixture.getItem({ path: { id: "1" } })).rejects.toMatchObject({ $metadata: { httpStatusCode: 501, attempts: 1 } });
    await expect(client.fixture.getItem({ path: { id: "1" } })).rejects.toMatchObject({ $metadata: { httpStatusCode: 400, attempts: 1 } });
    await client.close();
    expect(server.requests).toHaveLength(2);
  });

  test("waits exactly what Retry-After asks", async () => {
    server = await statuses([503, { "retry-after": "1" }], [503, { "retry-after": "1" }]);
    const client = fixtureClient(server, { retry: { maxAttempts: 2 } });
    const error = await client.fixture.getItem({ path: { id: "1" } }).catch((e: unknown) => e);
    await client.close();
    expect(error).toMatchObject({ $metadata: { attempts: 2, totalRetryDelay: 1000 } });
  });

  test("stops retrying when Retry-After is longer than maxRetryAfter", async () => {
    server = await statuses([429, { "retry-after": "120", "x-amzn-errortype": "TooManyRequestsException" }]);
    const client = fixtureClient(server);
    const error = await client.fixture.getItem({ path: { id: "1" } }).catch((e: unknown) => e);
    await client.close();
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ errorType: "TooManyRequestsException", $metadata: { attempts: 1, totalRetryDelay: 0 } });
    expect((error as Error).message).toMatch(/retry\.maxAttempts/);
  });

  test("retries a GET whose connection was reset mid-request", async () => {
    server = await serve((_req, res) => {
      if (server.requests.length === 1) res.socket?.destroy();
      else sendJson(res, 200, { id: "1", name: "again" });
    });
    const client = fixtureClient(server);
    await expect(client.fixture.getItem({ path: { id: "1" } })).resolves.toEqual({ id: "1", name: "again" });
    await client.close();
    expect(server.requests).toHaveLength(2);
  });

  test("does not retry a POST whose connection was reset: it may have taken effect", async () => {
    server = await serve((_req, res) => res.socket?.destroy());
    const client = fixtureClient(server);
    const error = await client.fixture.createItem({ body: { name: "n" } }).catch((e: unknown) => e);
    await client.close();
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: "UND_ERR_SOCKET", $metadata: { attempts: 1 } });
    expect(server.requests).toHaveLength(1);
  });

  test("retries a refused connection even for a POST, since nothing was sent", async () => {
    // A port that was just free: listen, note it, close.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const client = fixtureClient({ origin: `http://127.0.0.1:${port}` }, { retry: { maxAttempts: 3 } });
    const error = await client.fixture.createItem({ body: { name: "n" } }).catch((e: unknown) => e);
    await client.close();
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: "ECONNREFUSED", $fault: "server", $metadata: { attempts: 3 } });
    expect((error as Error).message).toContain(`POST http://127.0.0.1:${port}/v1/items`);
  });
});
