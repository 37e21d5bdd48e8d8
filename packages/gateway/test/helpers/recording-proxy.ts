import type { ServerResponse } from "node:http";
import { request as undiciRequest } from "undici";
import type { AuthorizeRequest } from "../../src/authorize";
import { type ReceivedRequest, startUpstream } from "./upstream";

/** A request exactly as it arrived on the socket (path and query still encoded). */
export interface WireRequest extends AuthorizeRequest {
  /** `rawPath` + `?` + `rawQuery`. */
  url: string;
}

/**
 * An upstream (`startUpstream`) that records each request as it arrived and forwards it unchanged
 * to `target` (a local backend), answering with the backend's answer: a tap on the wire between
 * the gateway and a service.
 */
export async function startRecordingProxy(target: string): Promise<{ url: string; received: WireRequest[]; close(): Promise<void> }> {
  const received: WireRequest[] = [];
  const upstream = await startUpstream((request, res) => {
    const q = request.url.indexOf("?");
    received.push({
      method: request.method,
      url: request.url,
      rawPath: q < 0 ? request.url : request.url.slice(0, q),
      rawQuery: q < 0 ? "" : request.url.slice(q + 1),
      headers: { ...request.headers },
      body: request.body,
    });
    forward(target, request, res);
  });
  return { url: upstream.url, received, close: upstream.close };
}

function forward(target: string, request: ReceivedRequest, res: ServerResponse): void {
  const headers = { ...request.headers };
  delete headers.host;
  delete headers.connection;
  delete headers["content-length"];
  undiciRequest(`${target}${request.url}`, {
    method: (request.method || "GET") as "GET",
    headers: headers as Record<string, string>,
    body: request.body.length > 0 ? request.body : null,
  })
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
}
