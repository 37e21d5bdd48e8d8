import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { findTemplatesDir, loadTemplate } from "@apigw-playground/routes";
import type { LocalUpstream } from "./startUpstream";
import { startPrivateService } from "./startPrivateService";

interface Answer {
  status: number;
  contentType: string | undefined;
  contentLength: string | undefined;
  body: string;
}

/** Sends one request with node:http (header names as written, repeated headers as arrays) and reads the answer. */
function send(base: string, method: string, path: string, headers: Record<string, string | string[]> = {}, body?: Buffer, chunked = false): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers["content-type"],
          contentLength: res.headers["content-length"],
          // The two servers listen on different ports; the Host they echo differs only there.
          body: Buffer.concat(chunks).toString("utf8").replace(/127\.0\.0\.1:\d+/g, "127.0.0.1:PORT"),
        }),
      );
    });
    req.on("error", reject);
    if (body !== undefined && chunked) {
      req.write(body);
      req.end();
    } else req.end(body);
  });
}

interface Case {
  method: string;
  path: string;
  headers?: Record<string, string | string[]>;
  body?: Buffer;
  chunked?: boolean;
}

const CASES: [name: string, request: Case][] = [
  ["GET /", { method: "GET", path: "/" }],
  ["a path with an encoded space and a query", { method: "GET", path: "/a/b%20c?x=1&y=%C3%BC" }],
  ["a JSON body with non-ASCII text", { method: "POST", path: "/orders", headers: { "Content-Type": "application/json" }, body: Buffer.from('{"note":"ü 日本 😀 \\"q\\""}') }],
  ["bytes that are not UTF-8", { method: "PUT", path: "/bin", headers: { "Content-Type": "application/octet-stream" }, body: Buffer.from([0xff, 0xfe, 0x41, 0xc3]) }],
  ["a chunked body without Content-Length (not read)", { method: "POST", path: "/chunked", headers: { "Content-Type": "text/plain" }, body: Buffer.from("never read"), chunked: true }],
  ["header names in their case, a repeated header keeping its last value", { method: "DELETE", path: "/x", headers: { "x-MiXeD": "v", "X-Dup": ["1", "2"] } }],
  ["HEAD (headers only)", { method: "HEAD", path: "/" }],
  ["OPTIONS", { method: "OPTIONS", path: "/anything" }],
];

describe("startPrivateService", () => {
  let service: LocalUpstream;
  beforeAll(async () => {
    service = await startPrivateService();
  });
  afterAll(() => service.stop());

  it("answers what server.py answers, in Python's JSON", async () => {
    const answer = await send(service.url, "GET", "/p?q=1", { "X-Test": "é" });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe("application/json");
    expect(answer.body).toBe('{"service": "private", "method": "GET", "path": "/p?q=1", "headers": {"X-Test": "\\u00e9", "Host": "127.0.0.1:PORT", "Connection": "close"}, "body": ""}');
  });

  it("answers 501 to a method server.py has no handler for", async () => {
    expect((await send(service.url, "TRACE", "/")).status).toBe(501);
  });

  it("records what it received", () => {
    expect(service.received().some((r) => r.method === "GET" && r.url === "/p?q=1")).toBe(true);
  });
});

// The template's own server.py (from the EC2 UserData), run with python3 beside the Node stand-in:
// every case must get the same answer from both.
const python = spawnSync("python3", ["--version"]).status === 0;
if (!python) console.warn("python3 is not installed: skipping the comparison with the template's server.py.");

(python ? describe : describe.skip)("the Node private service against the template's server.py", () => {
  let node: LocalUpstream;
  let child: ChildProcess;
  let pythonUrl: string;

  beforeAll(async () => {
    node = await startPrivateService();
    const template = loadTemplate(`${findTemplatesDir()}/vpclink/template.yaml`);
    const userData = Buffer.from(String(template.resources["ServiceInstance"]!.properties["UserData"]), "base64").toString("utf8");
    const script = /<<'PY'\n([\s\S]*?)\nPY\n/.exec(userData)![1]!;
    const listenLine = 'ThreadingHTTPServer(("0.0.0.0", 8080), Handler).serve_forever()';
    expect(script).toContain(listenLine);
    const runnable = script.replace(listenLine, 'server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)\nprint(server.server_address[1], flush=True)\nserver.serve_forever()');
    child = spawn("python3", ["-c", runnable], { stdio: ["ignore", "pipe", "inherit"] });
    const port = await new Promise<string>((resolve, reject) => {
      child.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
      child.once("exit", (code) => reject(new Error(`server.py exited with ${code}`)));
    });
    pythonUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await node?.stop();
    if (child && child.exitCode === null) await new Promise((resolve) => { child.once("exit", resolve); child.kill(); });
  });

  it.each(CASES)("answers %s like server.py", async (_name, { method, path, headers, body, chunked }) => {
    const [fromNode, fromPython] = await Promise.all([send(node.url, method, path, headers, body, chunked), send(pythonUrl, method, path, headers, body, chunked)]);
    expect(fromNode).toEqual(fromPython);
  });
});
