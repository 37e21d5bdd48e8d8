import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Verdict, verifySigV4 } from "./verifySigV4";

/** The local playground credentials (team convention). */
export const localCredentials = { accessKeyId: "AKIDLOCALPLAYGROUND", secretAccessKey: "local-playground-secret" };

export interface RecordedRequest {
  method: string;
  /** The request target exactly as received. */
  target: string;
  /** Raw header pairs in arrival order. */
  headers: Array<[string, string]>;
  body: Buffer;
  /** Whether the SigV4 signature verifies, recomputed from what arrived. */
  verdict: Verdict;
  header(name: string): string | undefined;
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  requests: RecordedRequest[];
  /** TCP connections accepted so far. */
  connections: number;
  /** Resolves once `count` requests have arrived. */
  received(count: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

/**
 * A node:http server on 127.0.0.1 and an OS-chosen port that records every request,
 * checks its signature with the independent verifier, and answers with `handler`.
 */
export async function startTestServer(handler: Handler, options: { service?: string; secrets?: Record<string, string> } = {}): Promise<TestServer> {
  const secrets: Record<string, string> = { [localCredentials.accessKeyId]: localCredentials.secretAccessKey, ...options.secrets };
  const requests: RecordedRequest[] = [];
  const waiters: Array<{ count: number; resolve: (r: RecordedRequest[]) => void }> = [];
  let connections = 0;

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers: Array<[string, string]> = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
      const body = Buffer.concat(chunks);
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        target: req.url ?? "",
        headers,
        body,
        verdict: verifySigV4(
          { method: req.method ?? "", target: req.url ?? "", headers, body },
          { service: options.service ?? "execute-api", region: "us-east-1", secretFor: (id) => secrets[id] },
        ),
        header: (name) => headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1],
      };
      requests.push(recorded);
      for (const waiter of waiters.filter((w) => requests.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(requests.slice());
      }
      handler(recorded, res);
    });
  });
  server.on("connection", () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    get connections() {
      return connections;
    },
    received: (count) =>
      requests.length >= count
        ? Promise.resolve(requests.slice())
        : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Answer with JSON. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  response.end(text);
}
