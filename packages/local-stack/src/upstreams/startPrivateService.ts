import { pythonJsonDumps } from "./pythonJson";
import { type LocalUpstream, startUpstream } from "./startUpstream";

/** The methods the template's server.py answers (`do_GET = do_POST = … = answer`). */
const ANSWERED = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]);

/**
 * The vpclink template's private service (the python3 `http.server` its EC2 UserData runs), in
 * Node with the same answers: 200 `{"service": "private", "method", "path", "headers", "body"}` for
 * GET/POST/PUT/PATCH/DELETE/OPTIONS/HEAD on any path, where
 * - `path` is the request target as sent (query string included), like `BaseHTTPRequestHandler.path`;
 * - `headers` are the request's headers in the case and order sent, a repeated name keeping its last value (`dict(self.headers.items())`);
 * - `body` is `Content-Length` bytes decoded as UTF-8 with replacement characters — a chunked body
 *   without Content-Length is not read, so it is `""` as in server.py;
 * - the JSON is Python's (`json.dumps`: `", "`/`": "` separators, non-ASCII escaped);
 * - HEAD gets the headers only. Other methods get 501, as BaseHTTPRequestHandler answers them.
 */
export async function startPrivateService(port = 0): Promise<LocalUpstream> {
  return startUpstream(
    "vpclink",
    (request, response) => {
      if (!ANSWERED.has(request.method)) {
        const page = `<!DOCTYPE HTML>\n<html lang="en">\n<head><title>Error response</title></head>\n<body>\n<h1>Error response</h1>\n<p>Error code: 501</p>\n<p>Message: Unsupported method ('${request.method}').</p>\n</body>\n</html>\n`;
        response.writeHead(501, { "Content-Type": "text/html;charset=utf-8", "Content-Length": String(Buffer.byteLength(page)) });
        response.end(page);
        return;
      }
      const length = Number(request.headers["content-length"] ?? 0) || 0;
      const headers: Record<string, string> = {};
      for (const [name, value] of request.rawHeaders) headers[name] = value;
      const payload = Buffer.from(
        pythonJsonDumps({ service: "private", method: request.method, path: request.url, headers, body: request.body.subarray(0, length).toString("utf8") }),
        "utf8",
      );
      response.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(payload.length) });
      response.end(request.method === "HEAD" ? undefined : payload);
    },
    port,
  );
}
