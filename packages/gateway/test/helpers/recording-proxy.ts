import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { request as undiciRequest } from "undici";
import type { AuthorizeRequest } from "../../src/authorize";

/** A request exactly as it arrived on the socket (path and query still encoded). */
export interface WireRequest extends AuthorizeRequest {
  /** `rawPath` + `?` + `rawQuery`. */
  url: string;
}

/**
 * A node:http server on port 0 that records each request as it arrived and forwards it unchanged
 * to `target` (a local backend), answering with the backend's answer: a tap on the wire between
 * the gateway and a service.
 */
export async function startRecordingProxy(target: string): Promise<{ url: string; received: WireRequest[]; close(): Promise<void> }> {
  const received: WireRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = req.url ?? "/";
      const q = url.indexOf("?");
      const body = Buffer.concat(chunks);
      received.push({
        method: req.method ?? "",
        url,
        rawPath: q < 0 ? url : url.slice(0, q),
        rawQuery: q < 0 ? "" : url.slice(q + 1),
        headers: { ...req.headers },
        body,
      });
      const headers = { ...req.headers };
      delete headers.host;
      delete headers.connection;
      delete headers["content-length"];
      undiciRequest(`${target}${url}`, { method: (req.method ?? "GET") as "GET", headers: headers as Record<string, string>, body: body.length > 0 ? body : null })
        .then(async (answer) => {
          const payload = Buffer.from(await answer.body.arrayBuffer());
          const out: Record<string, string | string[]> = {};
          for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && name !== "transfer-encoding" && name !== "connection") out[name] = value;
          out["content-length"] = String(payload.length);
          res.writeHead(answer.statusCode, out);
          res.end(payload);
        })
        .catch((e: unknown) => {
          res.writeHead(599, { "content-type": "text/plain" });
          res.end(`recording proxy could not reach ${target}: ${e instanceof Error ? e.message : String(e)}`);
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
