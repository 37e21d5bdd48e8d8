import { request } from "undici";
import { titleCase } from "./httpbinEcho";
import { startHttpbin } from "./startHttpbin";
import type { LocalUpstream } from "./startUpstream";

let httpbin: LocalUpstream;
beforeAll(async () => {
  httpbin = await startHttpbin();
});
afterAll(() => httpbin.stop());

async function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  const res = await request(`${httpbin.url}${path}`, { method: (init.method ?? "GET") as "GET", ...(init.headers ? { headers: init.headers } : {}), ...(init.body === undefined ? {} : { body: init.body }) });
  const body = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, headers: res.headers, body, json: () => JSON.parse(body.toString()) as Record<string, unknown> };
}

describe("startHttpbin", () => {
  it("echoes a request on /anything the way httpbin does", async () => {
    const res = await call("/anything/greetings?a=1&a=2&b=%C3%BC", { method: "POST", headers: { "content-type": "application/json", "x-playground": "yes", "x-forwarded-for": "10.0.0.1" }, body: '{"person":{"fullName":"Zoë"}}' });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json");
    expect(res.json()).toEqual({
      args: { a: ["1", "2"], b: "ü" },
      data: '{"person":{"fullName":"Zoë"}}',
      files: {},
      form: {},
      headers: expect.objectContaining({ "Content-Type": "application/json", "X-Playground": "yes", Host: new URL(httpbin.url).host }),
      json: { person: { fullName: "Zoë" } },
      method: "POST",
      origin: "10.0.0.1",
      url: `${httpbin.url}/anything/greetings?a=1&a=2&b=%C3%BC`,
    });
    // Proxy headers are hidden, as httpbin hides them.
    expect(res.json()["headers"]).not.toHaveProperty("X-Forwarded-For");
  });

  it("prints its JSON with sorted keys and two-space indents", async () => {
    const text = (await call("/anything")).body.toString();
    expect(text.startsWith('{\n  "args": {},\n  "data": "",\n')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("reads form posts into form, leaving data empty", async () => {
    const res = await call("/post", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "x=1&y=a+b&y=c" });
    expect(res.json()).toMatchObject({ form: { x: "1", y: ["a b", "c"] }, data: "", json: null });
  });

  it("reports a body that is not UTF-8 as a base64 data URL", async () => {
    const res = await call("/put", { method: "PUT", headers: { "content-type": "application/octet-stream" }, body: Buffer.from([0xff, 0x00, 0x41]) });
    expect(res.json()).toMatchObject({ data: "data:application/octet-stream;base64,/wBB" });
  });

  it("answers /get only to GET (405 otherwise) and without a body echo", async () => {
    expect(Object.keys((await call("/get?x=1")).json()).sort()).toEqual(["args", "headers", "origin", "url"]);
    expect((await call("/get", { method: "POST", body: "x" })).status).toBe(405);
  });

  it("answers the status asked for on /status/{code}", async () => {
    expect((await call("/status/503")).status).toBe(503);
    const teapot = await call("/status/418");
    expect(teapot.status).toBe(418);
    expect(teapot.body.toString()).toContain("teapot");
    const redirect = await call("/status/302");
    expect([redirect.status, redirect.headers["location"]]).toEqual([302, "/redirect/1"]);
    expect((await call("/status/600")).status).toBe(400);
    expect([200, 201]).toContain((await call("/status/200,201")).status);
  });

  it("sends n random bytes on /bytes/{n}, at most 100 KiB", async () => {
    const res = await call("/bytes/1024");
    expect([res.status, res.headers["content-type"], res.body.length]).toEqual([200, "application/octet-stream", 1024]);
    expect((await call("/bytes/1000000")).body.length).toBe(100 * 1024);
  });

  it("answers /headers, /ip, /user-agent, /uuid and /base64/{value}", async () => {
    expect((await call("/headers", { headers: { "x-one": "1" } })).json()).toEqual({ headers: expect.objectContaining({ "X-One": "1" }) });
    expect((await call("/ip")).json()).toEqual({ origin: expect.stringMatching(/127\.0\.0\.1/) });
    expect((await call("/user-agent", { headers: { "user-agent": "tester/1" } })).json()).toEqual({ "user-agent": "tester/1" });
    expect((await call("/uuid")).json()["uuid"]).toMatch(/^[0-9a-f-]{36}$/);
    expect((await call(`/base64/${Buffer.from("héllo").toString("base64url")}`)).body.toString()).toBe("héllo");
  });

  it("answers 404 for a path httpbin does not have", async () => {
    expect((await call("/nothing-here")).status).toBe(404);
  });

  it("records every request it received", () => {
    expect(httpbin.received().some((r) => r.url === "/nothing-here" && r.method === "GET")).toBe(true);
  });
});

describe("titleCase", () => {
  it("capitalises each run of letters, as Python's str.title does for header names", () => {
    expect(["content-type", "x-amz-date", "X-AMZN-TRACE-ID", "content-md5", "x-b3-traceid"].map(titleCase)).toEqual(["Content-Type", "X-Amz-Date", "X-Amzn-Trace-Id", "Content-Md5", "X-B3-Traceid"]);
  });
});
