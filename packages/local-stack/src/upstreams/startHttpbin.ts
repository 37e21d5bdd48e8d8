import { randomBytes, randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import { type EchoField, httpbinEcho, httpbinJson } from "./httpbinEcho";
import { type LocalUpstream, startUpstream } from "./startUpstream";

const BODY_FIELDS: readonly EchoField[] = ["url", "args", "form", "data", "origin", "headers", "files", "json"];
/** httpbin caps `/bytes/{n}` at 100 KiB and `/delay/{n}` at 10 s. */
const MAX_BYTES = 100 * 1024;
const MAX_DELAY_SECONDS = 10;

/**
 * A local stand-in for httpbin.org, the http template's default upstream: `/anything[/…]` (any
 * method), `/get`, `/post`, `/put`, `/patch`, `/delete`, `/headers`, `/ip`, `/user-agent`, `/uuid`,
 * `/status/{code[,code…]}`, `/bytes/{n}`, `/base64/{value}`, `/delay/{n}`, answering with httpbin's
 * shapes (see `httpbinEcho`). Anything else is a 404, as on httpbin.
 */
export async function startHttpbin(port = 0): Promise<LocalUpstream> {
  const timers = new Set<NodeJS.Timeout>();
  const upstream = await startUpstream(
    "http",
    (request, response, incoming) => {
      const remote = incoming.socket.remoteAddress ?? "127.0.0.1";
      const path = new URL(request.url, "http://upstream.invalid").pathname;
      const json = (status: number, value: unknown) => answer(response, status, "application/json", httpbinJson(value));
      const onlyFor = (method: string, fields: readonly EchoField[]) =>
        request.method === method || (method === "GET" && request.method === "HEAD")
          ? json(200, httpbinEcho(request, remote, fields))
          : answer(response, 405, "text/html", methodNotAllowed(method));

      if (path === "/anything" || path.startsWith("/anything/")) return json(200, httpbinEcho(request, remote, [...BODY_FIELDS, "method"]));
      if (path === "/get") return onlyFor("GET", ["url", "args", "headers", "origin"]);
      if (path === "/post" || path === "/put" || path === "/patch" || path === "/delete") return onlyFor(path.slice(1).toUpperCase(), BODY_FIELDS);
      if (path === "/headers") return json(200, httpbinEcho(request, remote, ["headers"]));
      if (path === "/ip") return json(200, httpbinEcho(request, remote, ["origin"]));
      if (path === "/user-agent") return json(200, { "user-agent": request.headers["user-agent"] ?? null });
      if (path === "/uuid") return json(200, { uuid: randomUUID() });
      const status = /^\/status\/([^/]+)$/.exec(path);
      if (status) return answerStatus(response, status[1]!);
      const bytes = /^\/bytes\/(\d+)$/.exec(path);
      if (bytes) return answer(response, 200, "application/octet-stream", randomBytes(Math.min(Number(bytes[1]), MAX_BYTES)));
      const base64 = /^\/base64\/([^/]+)$/.exec(path);
      if (base64) return answer(response, 200, "text/html; charset=utf-8", Buffer.from(decodeURIComponent(base64[1]!), "base64url"));
      const delay = /^\/delay\/(\d+(?:\.\d+)?)$/.exec(path);
      if (delay) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          json(200, httpbinEcho(request, remote, BODY_FIELDS));
        }, Math.min(Number(delay[1]), MAX_DELAY_SECONDS) * 1000);
        timers.add(timer);
        return;
      }
      answer(response, 404, "text/html", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server.</p>\n");
    },
    port,
  );
  return {
    ...upstream,
    stop() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return upstream.stop();
    },
  };
}

/**
 * httpbin's `/status/{codes}`: one code, or a comma-separated choice (`200,500` or weighted
 * `200:0.9,500:0.1`) picked at random as httpbin does. 3xx codes redirect to /redirect/1, 418 answers a (shorter) teapot text.
 */
function answerStatus(response: ServerResponse, spec: string): void {
  const choices = spec.split(",").map((part) => {
    const [code, weight] = part.split(":");
    return { code: Number(code), weight: weight === undefined ? 1 : Number(weight) };
  });
  if (choices.some((choice) => !Number.isInteger(choice.code) || choice.code < 100 || choice.code > 599 || !(choice.weight >= 0))) {
    answer(response, 400, "text/html; charset=utf-8", "Invalid status code");
    return;
  }
  const chosen = pickWeighted(choices);
  if ([301, 302, 303, 305, 307].includes(chosen.code)) response.setHeader("Location", "/redirect/1");
  if (chosen.code === 418) answer(response, 418, "text/plain", "I'm a teapot\n");
  else answer(response, chosen.code, "text/html; charset=utf-8", "");
}

function pickWeighted<T extends { weight: number }>(choices: readonly T[]): T {
  let remaining = Math.random() * choices.reduce((sum, choice) => sum + choice.weight, 0);
  for (const choice of choices) {
    remaining -= choice.weight;
    if (remaining < 0) return choice;
  }
  return choices[choices.length - 1]!;
}

function answer(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  // httpbin answers every origin (its CORS middleware).
  response.writeHead(status, { "Content-Type": contentType, "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true" });
  response.end(body);
}

function methodNotAllowed(method: string): string {
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL (only ${method}).</p>\n`;
}
