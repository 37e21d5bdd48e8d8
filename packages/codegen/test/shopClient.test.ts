// The generated fixture module driving the real client runtime against a real local server:
// the descriptors make the requests the routes describe, and results come back typed as declared.
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { definePlaygroundClient, isRouteError, RouteError } from "@apigw-playground/client";
import { templates } from "./fixtures/generated/index";

interface Seen {
  method: string;
  target: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

type Answer = { status: number; headers?: Record<string, string>; body?: string | Buffer };

const ShopClient = definePlaygroundClient(templates);
const credentials = { accessKeyId: "AKIDLOCALPLAYGROUND", secretAccessKey: "local-playground-secret" };

describe("a client built from the generated fixture module", () => {
  let server: Server;
  let seen: Seen[];
  let answer: (request: Seen) => Answer;
  let client: InstanceType<typeof ShopClient>;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const request = { method: req.method ?? "", target: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) };
        seen.push(request);
        const { status, headers, body } = answer(request);
        res.writeHead(status, headers).end(body);
      });
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    client = new ShopClient({ region: "us-east-1", credentials, endpoints: { shop: `http://127.0.0.1:${port}/v1` }, apiKey: "premium-key" });
  });
  afterAll(async () => {
    await client.close();
    server.close();
    await once(server, "close");
  });
  beforeEach(() => {
    seen = [];
    answer = () => ({ status: 200, headers: { "content-type": "application/json" }, body: "{}" });
  });

  const json = (value: unknown): Answer => ({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(value) });

  it("sends declared query parameters (arrays repeated) and headers, signed for execute-api", async () => {
    answer = () => json({ items: [], nextToken: "n" });
    const list = await client.shop.listProducts({ query: { limit: 5, tag: ["a", "b c"], inStock: true }, headers: { "X-Trace-Id": "t-1" } });
    expect(list).toEqual({ items: [], nextToken: "n" });
    expect(seen[0]).toMatchObject({ method: "GET", target: "/v1/products?limit=5&tag=a&tag=b%20c&inStock=true" });
    expect(seen[0]!.headers["x-trace-id"]).toBe("t-1");
    expect(seen[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDLOCALPLAYGROUND\/\d{8}\/us-east-1\/execute-api\/aws4_request/);
  });

  it("sends a JSON body with required headers and returns the declared result", async () => {
    answer = () => ({ ...json({ id: "p1", name: "Lamp", price: 10, status: "draft" }), status: 201 });
    const product = await client.shop.putProduct({ path: { productId: "p1" }, headers: { "If-Match": "*" }, body: { name: "Lamp", price: 10 } });
    expect(product.name).toBe("Lamp");
    expect(seen[0]).toMatchObject({ method: "PUT", target: "/v1/products/p1" });
    expect(seen[0]!.headers["if-match"]).toBe("*");
    expect(seen[0]!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen[0]!.body.toString())).toEqual({ name: "Lamp", price: 10 });
  });

  it("resolves a 204 to undefined", async () => {
    answer = () => ({ status: 204 });
    await expect(client.shop.deleteProduct({ path: { productId: "p1" } })).resolves.toBeUndefined();
    expect(seen[0]!.method).toBe("DELETE");
  });

  it("puts bytes under a greedy key with the chosen binary content type", async () => {
    answer = () => json({ key: "a b/c.jpg", size: 3 });
    const stored = await client.shop.putImage({ path: { key: "a b/c.jpg" }, body: Buffer.from([1, 2, 3]), contentType: "image/jpeg" });
    expect(stored).toEqual({ key: "a b/c.jpg", size: 3 });
    expect(seen[0]).toMatchObject({ method: "PUT", target: "/v1/images/a%20b/c.jpg" });
    expect(seen[0]!.headers["content-type"]).toBe("image/jpeg");
    expect([...seen[0]!.body]).toEqual([1, 2, 3]);
  });

  it("asks for a binary response with its media type and returns the bytes", async () => {
    answer = () => ({ status: 200, headers: { "content-type": "image/png" }, body: Buffer.from([137, 80, 78, 71]) });
    const image = await client.shop.getImage({ path: { key: "k.png" } });
    expect(seen[0]!.headers.accept).toBe("image/png");
    expect([...image.body]).toEqual([137, 80, 78, 71]);
    expect(image.contentType).toBe("image/png");
  });

  it("raises a declared error status as a RouteError that isRouteError narrows", async () => {
    answer = () => ({ status: 404 });
    const error = await client.shop.getImage({ path: { key: "none" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RouteError);
    expect(isRouteError(error, client.shop.getImage, 404)).toBe(true);
    expect(isRouteError(error, client.shop.getProduct, 404)).toBe(false);
  });

  it("sends the API key to a route that requires one", async () => {
    answer = () => json({ tier: "gold", expires: null });
    await expect(client.shop.getPremium()).resolves.toEqual({ tier: "gold", expires: null });
    expect(seen[0]!.headers["x-api-key"]).toBe("premium-key");
  });

  it("calls an ANY proxy route with the given method, any query and raw bytes of any type", async () => {
    answer = () => json({ ok: true });
    await client.shop.echo({ method: "POST", path: { proxy: "x/y" }, query: { anything: 1 }, body: Buffer.from("raw"), contentType: "text/plain" });
    expect(seen[0]).toMatchObject({ method: "POST", target: "/v1/echo/x/y?anything=1" });
    expect(seen[0]!.headers["content-type"]).toBe("text/plain");
    expect(seen[0]!.body.toString()).toBe("raw");
  });

  it("takes an integer path parameter", async () => {
    answer = () => json({ name: "root", children: [] });
    const tree = await client.shop.getCategoryTree({ path: { depth: 2 } });
    expect(tree.children).toEqual([]);
    expect(seen[0]!.target).toBe("/v1/categories/2");
  });
});
