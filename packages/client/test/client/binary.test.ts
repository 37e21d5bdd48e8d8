import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { InvalidInputError } from "../../src/errors/InvalidInputError";
import { fixtureClient } from "../helpers/fixtureClient";
import { sendJson, startTestServer, type TestServer } from "../helpers/testServer";

let server: TestServer;
let stored: Buffer = Buffer.alloc(0);
beforeAll(async () => {
  // A tiny object store: PUT keeps the bytes, GET returns them as image/png.
  server = await startTestServer((req, res) => {
    if (req.method === "PUT") {
      stored = req.body;
      sendJson(res, 200, { size: req.body.length });
    } else {
      res.writeHead(200, { "content-type": "image/png", "content-length": stored.length });
      res.end(stored);
    }
  });
});
afterAll(() => server.close());

// Every byte value, plus bytes that are not valid UTF-8: a text round trip would break them.
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0xc3]), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);

describe("binary bodies", () => {
  test.each([
    ["a Uint8Array", () => new Uint8Array(png)],
    ["a Buffer", () => png],
    ["a Readable stream in several chunks", () => Readable.from([png.subarray(0, 5), png.subarray(5, 100), png.subarray(100)])],
  ])("round-trips %s byte for byte, signed", async (_what, body) => {
    const client = fixtureClient(server);
    await expect(client.fixture.putObject({ path: { key: "img/a.png" }, body: body() })).resolves.toEqual({ size: png.length });
    const result = await client.fixture.getObject({ path: { key: "img/a.png" } });
    await client.close();
    expect(result.body).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(result.body).equals(png)).toBe(true);
    expect(result.contentType).toBe("image/png");
    const [put, get] = server.requests.slice(-2);
    expect(put?.verdict.valid).toBe(true);
    expect(put?.header("content-type")).toBe("image/png");
    expect(put?.header("content-length")).toBe(String(png.length));
    expect(get?.verdict.valid).toBe(true);
  });

  test("asks for the route's binary type alone in Accept, as API Gateway honours only the first", async () => {
    const client = fixtureClient(server);
    await client.fixture.getObject({ path: { key: "img/a.png" } });
    await client.close();
    expect(server.requests.at(-1)?.header("accept")).toBe("image/png");
  });

  test("sends the content type the caller names for a binary body", async () => {
    const client = fixtureClient(server);
    await client.fixture.putObject({ path: { key: "blob" }, body: randomBytes(16), contentType: "application/octet-stream" });
    await client.close();
    expect(server.requests.at(-1)?.header("content-type")).toBe("application/octet-stream");
  });

  test("refuses a stream over API Gateway's 10 MB limit before sending anything", async () => {
    const before = server.requests.length;
    const chunk = Buffer.alloc(1024 * 1024);
    const client = fixtureClient(server);
    const huge = Readable.from((function* () {
      for (let i = 0; i < 11; i++) yield chunk;
    })());
    await expect(client.fixture.putObject({ path: { key: "huge" }, body: huge })).rejects.toBeInstanceOf(InvalidInputError);
    await client.close();
    expect(server.requests.length).toBe(before);
  });
});
