import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { ApiRuntime } from "./api-runtime";
import { handleRequest } from "./pipeline";
import type { MethodRequest } from "./request/method-request";
import { MAX_REQUEST_BYTES } from "./respond/gateway-failures";

/**
 * A node:http listener serving one API stage, like an execute-api host: `/{stage}/...`.
 * Bodies are buffered (API Gateway buffers too) up to the 10 MB payload limit.
 */
export function createApiServer(runtime: ApiRuntime): Server {
  return createServer({ keepAlive: true }, (req, res) => {
    void serve(runtime, req, res);
  });
}

const EMPTY: Buffer = Buffer.alloc(0);

async function serve(runtime: ApiRuntime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    await answer(runtime, req, res);
  } catch (e) {
    // Only a bug in the gateway gets here (stages report refusals as values); answer and log it.
    runtime.logger.error(`Local gateway failed to answer ${req.method} ${req.url}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
    res.end('{"message":"Internal server error"}');
  }
}

async function answer(runtime: ApiRuntime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const contentLength = req.headers["content-length"];
  let tooLarge = contentLength !== undefined && Number(contentLength) > MAX_REQUEST_BYTES;
  let body: Buffer = EMPTY;
  if (tooLarge) {
    // Refuse before reading: the rest of the upload is not wanted, so the connection closes after the answer.
    res.shouldKeepAlive = false;
  } else if ((contentLength !== undefined && contentLength !== "0") || req.headers["transfer-encoding"] !== undefined) {
    const read = await readBody(req);
    tooLarge = read === undefined;
    body = read ?? EMPTY;
  }
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  let rawPath = q < 0 ? url : url.slice(0, q);
  // Node keeps raw non-ASCII bytes of the request line as latin1 characters.
  if (/[\u0080-\uffff]/.test(rawPath)) rawPath = Buffer.from(rawPath, "latin1").toString("utf8");
  const request: MethodRequest = {
    method: (req.method ?? "GET").toUpperCase(),
    rawPath,
    rawQuery: q < 0 ? "" : url.slice(q + 1),
    headers: req.headersDistinct,
    body,
    sourceIp: req.socket.remoteAddress ?? "127.0.0.1",
    protocol: `HTTP/${req.httpVersion}`,
  };
  const result = await handleRequest(runtime, request, { tooLarge });
  const payload = typeof result.body === "string" ? Buffer.from(result.body, "utf8") : result.body;
  result.headers["Content-Length"] = String(payload.length);
  res.writeHead(result.status, result.headers);
  res.end(payload);
}

/** The whole body, or undefined when it grows past the limit (the rest is drained, not kept). */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on("end", () => resolve(over ? undefined : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
