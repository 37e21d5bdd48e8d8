import { fixtureClient } from "../helpers/fixtureClient";
import { sendJson, startTestServer, type TestServer } from "../helpers/testServer";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((req, res) =>
    req.target.startsWith("/v1/objects/") ? sendJson(res, 200, { size: req.body.length }) : sendJson(res, 200, { id: "x", name: "x", items: [] }),
  );
});
afterAll(() => server.close());

const client = () => fixtureClient(server);

describe("path encoding", () => {
  const cases: Array<[string, string, string]> = [
    ["a space", "a b", "/v1/items/a%20b"],
    ["unicode", "ünïcødé ሴ", "/v1/items/%C3%BCn%C3%AFc%C3%B8d%C3%A9%20%E1%88%B4"],
    ["a percent sign", "100%", "/v1/items/100%25"],
    ["a plus sign", "a+b", "/v1/items/a%2Bb"],
    ["a slash in a plain parameter", "a/b", "/v1/items/a%2Fb"],
    ["reserved characters", "!*'();:@&=$,?#[]", "/v1/items/%21%2A%27%28%29%3B%3A%40%26%3D%24%2C%3F%23%5B%5D"],
    ["unreserved characters, kept", "AZaz09-._~", "/v1/items/AZaz09-._~"],
    ["an already-encoded-looking value", "a%20b", "/v1/items/a%2520b"],
  ];
  test.each(cases)("encodes %s in a path parameter and the signature still verifies", async (_what, id, target) => {
    const c = client();
    await c.fixture.getItem({ path: { id } });
    await c.close();
    const request = server.requests.at(-1);
    expect(request?.target).toBe(target);
    expect(request?.verdict.valid).toBe(true);
    expect(decodeURIComponent(request?.target.split("/").at(-1) ?? "")).toBe(id);
  });

  test.each([
    ["keeps / between the encoded segments of a greedy parameter", "photos/2024/a b+c%.png", "/v1/objects/photos/2024/a%20b%2Bc%25.png"],
    ["keeps empty segments of a greedy parameter", "a//b/", "/v1/objects/a//b/"],
  ])("%s", async (_what, key, target) => {
    const c = client();
    await c.fixture.putObject({ path: { key }, body: new Uint8Array([1]) });
    await c.close();
    const request = server.requests.at(-1);
    expect(request?.target).toBe(target);
    expect(request?.verdict.valid).toBe(true);
  });
});

describe("query encoding", () => {
  test("repeats a key per array value, keeps empty values and encodes reserved characters", async () => {
    const c = client();
    await c.fixture.listItems({ query: { tag: ["a", "b c", "x&y=z", "+%/"], prefix: "", limit: 10 } });
    await c.close();
    const request = server.requests.at(-1);
    expect(request?.target).toBe("/v1/items?limit=10&tag=a&tag=b%20c&tag=x%26y%3Dz&tag=%2B%25%2F&prefix=");
    expect(request?.verdict.valid).toBe(true);
    const params = new URLSearchParams(request?.target.split("?")[1]);
    expect(params.getAll("tag")).toEqual(["a", "b c", "x&y=z", "+%/"]);
  });

  test("leaves out undefined values and sends no '?' without parameters", async () => {
    const c = client();
    await c.fixture.listItems({ query: { prefix: undefined } });
    await c.close();
    expect(server.requests.at(-1)?.target).toBe("/v1/items");
  });

  test("sends header parameters, signed", async () => {
    const c = client();
    await c.fixture.listItems({ headers: { "X-Trace-Id": "trace 1" } });
    await c.close();
    const request = server.requests.at(-1);
    expect(request?.header("x-trace-id")).toBe("trace 1");
    expect(request?.verdict.valid && request.verdict.signedHeaders).toContain("x-trace-id");
  });
});
