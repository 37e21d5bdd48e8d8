import { ConfigurationError } from "../../src/errors/ConfigurationError";
import { InvalidInputError } from "../../src/errors/InvalidInputError";
import { definePlaygroundClient } from "../../src/client/definePlaygroundClient";
import { createFixtureOperations } from "../fixtures/fixtureOperations";
import { FixtureClient, fixtureClient } from "../helpers/fixtureClient";
import { localCredentials, sendJson, startTestServer, type TestServer } from "../helpers/testServer";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer((req, res) => sendJson(res, 200, { id: "1", name: "x", method: req.method, premium: true }));
});
afterEach(() => server.close());

describe("PlaygroundClient", () => {
  test("reuses keep-alive connections across calls", async () => {
    const client = fixtureClient(server);
    for (let i = 0; i < 20; i++) await client.fixture.getItem({ path: { id: String(i) } });
    await client.close();
    expect(server.requests).toHaveLength(20);
    // undici frees a connection a tick after the body ends, so a call made at once
    // opens a second one; from then on the two are reused.
    expect(server.connections).toBeLessThanOrEqual(2);
  });

  test("close() ends the pools: a later call fails instead of reconnecting", async () => {
    const client = fixtureClient(server);
    await client.fixture.getItem({ path: { id: "1" } });
    await client.close();
    await expect(client.fixture.getItem({ path: { id: "2" } })).rejects.toThrow(new ConfigurationError("This PlaygroundClient is closed: create a new one."));
    expect(server.requests).toHaveLength(1);
  });

  test("sends x-api-key only to routes that require a key", async () => {
    const client = fixtureClient(server, { apiKey: { fixture: "key-for-fixture-0123456789" } });
    await client.fixture.getPremium();
    await client.fixture.getItem({ path: { id: "1" } });
    await client.fixture.getPremium(undefined, { apiKey: "per-call-key-0123456789" });
    await client.close();
    expect(server.requests.map((r) => r.header("x-api-key"))).toEqual(["key-for-fixture-0123456789", undefined, "per-call-key-0123456789"]);
    expect(server.requests[0]?.verdict.valid && server.requests[0].verdict.signedHeaders).toContain("x-api-key");
  });

  test("an ANY route takes its method from the input", async () => {
    const client = fixtureClient(server);
    await expect(client.fixture.echoAny({ method: "DELETE" })).resolves.toMatchObject({ method: "DELETE" });
    await client.fixture.echoAny({ method: "POST", body: { a: 1 } });
    await client.close();
    expect(server.requests.map((r) => r.method)).toEqual(["DELETE", "POST"]);
    expect(server.requests[1]?.body.toString()).toBe('{"a":1}');
  });

  test("sends a User-Agent naming the client, with the caller's suffix", async () => {
    const client = fixtureClient(server, { userAgent: "demo/1.0" });
    await client.fixture.getItem({ path: { id: "1" } });
    await client.close();
    expect(server.requests[0]?.header("user-agent")).toMatch(/^apigw-playground-client\/\S+ node\/v\d+\S* demo\/1\.0$/);
  });

  test("a template without an endpoint fails with a ConfigurationError saying what to pass", async () => {
    const client = new FixtureClient({ region: "us-east-1", credentials: localCredentials });
    await expect(client.fixture.getItem({ path: { id: "1" } })).rejects.toThrow(
      new ConfigurationError(
        "No endpoint for template fixture: pass endpoints.fixture (its ApiUrl, stage included) or build the client with PlaygroundClient.fromStacks.",
      ),
    );
    await client.close();
  });

  test("rejects a bad endpoint URL and a missing region up front", () => {
    expect(() => new FixtureClient({ region: "us-east-1", endpoints: { fixture: "not a url" } })).toThrow(ConfigurationError);
    expect(() => new FixtureClient({ region: "" })).toThrow(/needs a region/);
  });

  test("a missing path parameter or body is an InvalidInputError, and nothing is sent", async () => {
    const client = fixtureClient(server);
    // Inputs a JavaScript caller could pass; the types forbid them.
    await expect(client.fixture.getItem({ path: { id: "" } })).rejects.toThrow(new InvalidInputError('fixture.getItem needs path parameter "id" (a non-empty value).'));
    await expect(client.fixture.putItem({ path: { id: "1" } } as never)).rejects.toThrow(/needs a body/);
    await client.close();
    expect(server.requests).toHaveLength(0);
  });

  test("refuses a template named like one of the client's members", () => {
    const Clashing = definePlaygroundClient({ close: createFixtureOperations, retry: createFixtureOperations });
    expect(() => new Clashing({ region: "us-east-1" })).toThrow(new ConfigurationError("A template cannot be named close: PlaygroundClient uses that name."));
  });
});
