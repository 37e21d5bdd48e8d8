import { fixtureClient } from "../helpers/fixtureClient";
import { localCredentials, sendJson, startTestServer, type TestServer } from "../helpers/testServer";

let server: TestServer;
afterEach(() => server.close());

describe("request signing on the wire", () => {
  test("signs a GET so an independent verifier accepts it, host with its port", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { id: "a", name: "A" }));
    const client = fixtureClient(server);
    await expect(client.fixture.getItem({ path: { id: "a" } })).resolves.toEqual({ id: "a", name: "A" });
    await client.close();
    const [request] = server.requests;
    expect(request?.verdict).toMatchObject({ valid: true, accessKeyId: "AKIDLOCALPLAYGROUND" });
    expect(request?.header("host")).toBe(`127.0.0.1:${server.port}`);
    expect(request?.header("authorization")).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDLOCALPLAYGROUND\/\d{8}\/us-east-1\/execute-api\/aws4_request, /);
    expect(request?.target).toBe("/v1/items/a");
  });

  test("signs a JSON body by its hash, without an x-amz-content-sha256 header", async () => {
    server = await startTestServer((req, res) => sendJson(res, 200, { id: "b", ...JSON.parse(req.body.toString()) }));
    const client = fixtureClient(server);
    await client.fixture.putItem({ path: { id: "b" }, body: { name: "Bee", tags: ["x"] } });
    await client.close();
    const [request] = server.requests;
    expect(request?.verdict.valid).toBe(true);
    expect(request?.header("x-amz-content-sha256")).toBeUndefined();
    expect(request?.header("content-type")).toBe("application/json");
    expect(JSON.parse(request?.body.toString() ?? "")).toEqual({ name: "Bee", tags: ["x"] });
  });

  test("signs x-amz-security-token with session credentials", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { id: "c", name: "C" }));
    const client = fixtureClient(server, { credentials: { ...localCredentials, sessionToken: "session/token+value==" } });
    await client.fixture.getItem({ path: { id: "c" } });
    await client.close();
    const [request] = server.requests;
    expect(request?.header("x-amz-security-token")).toBe("session/token+value==");
    expect(request?.verdict).toMatchObject({ valid: true });
    expect(request?.verdict.valid && request.verdict.signedHeaders).toContain("x-amz-security-token");
  });

  test("a signature from the wrong secret does not verify (the check can fail)", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { id: "d", name: "D" }));
    const client = fixtureClient(server, { credentials: { accessKeyId: localCredentials.accessKeyId, secretAccessKey: "wrong" } });
    await client.fixture.getItem({ path: { id: "d" } });
    await client.close();
    expect(server.requests[0]?.verdict).toMatchObject({ valid: false, failure: { errorType: "InvalidSignatureException" } });
    expect(server.requests[0]?.verdict.valid === false && server.requests[0].verdict.reason).toMatch(/^The request signature we calculated does not match/);
  });

  test("signs each attempt anew, with the credentials of that moment", async () => {
    // Credentials that expire within the 5-minute refresh window are fetched again
    // for every signature: each attempt then carries the key of its own fetch.
    let fetched = 0;
    server = await startTestServer(
      (_req, res) => (server.requests.length === 1 ? sendJson(res, 503, { message: "busy" }) : sendJson(res, 200, { id: "e", name: "E" })),
      { secrets: { AKIDROTATING1: "secret-1", AKIDROTATING2: "secret-2" } },
    );
    const client = fixtureClient(server, {
      credentials: async () => {
        fetched += 1;
        return {
          accessKeyId: `AKIDROTATING${fetched}`,
          secretAccessKey: `secret-${fetched}`,
          expiration: new Date(Date.now() + 60_000),
        };
      },
    });
    await client.fixture.getItem({ path: { id: "e" } });
    await client.close();
    expect(server.requests.map((r) => r.verdict.valid && r.verdict.accessKeyId)).toEqual(["AKIDROTATING1", "AKIDROTATING2"]);
    expect(server.requests.every((r) => /^\d{8}T\d{6}Z$/.test(r.header("x-amz-date") ?? ""))).toBe(true);
  });
});
