import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type GatewayFailure, verifySignature } from "@apigw-playground/gateway";

/** The local playground credentials (team convention). */
export const localCredentials = { accessKeyId: "AKIDLOCALPLAYGROUND", secretAccessKey: "local-playground-secret" };

export interface RecordedRequest {
  method: string;
  /** The request target exactly as received. */
  target: string;
  /** Raw header pairs in arrival order. */
  headers: Array<[string, string]>;
  body: Buffer;
  /** Whether the SigV4 signature verifies, recomputed from what arrived as the local gateway does. */
  verdict: Verdict;
  header(name: string): string | undefined;
}

/** The gateway's answer on a request's signature: the signer and what it signed, or why not. */
export type Verdict =
  | { valid: true; accessKeyId: string; signedHeaders: string[] }
  | { valid: false; reason: string; failure: GatewayFailure };

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
 * checks its signature with the local gateway's `verifySignature` (its own SigV4
 * implementation, conformance-tested apart from the client's signer), and answers with `handler`.
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
        verdict: verify(req, body, options.service ?? "execute-api", secrets),
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

/** The gateway's SigV4 check on a request as received. */
function verify(req: IncomingMessage, body: Buffer, service: string, secrets: Record<string, string>): Verdict {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const tokens = req.headersDistinct["x-amz-security-token"];
  const result = verifySignature(
    { method: req.method ?? "GET", rawPath: q < 0 ? url : url.slice(0, q), rawQuery: q < 0 ? "" : url.slice(q + 1), headers: req.headersDistinct, body },
    {
      region: "us-east-1",
      service,
      // These servers check the client's signature, not who may hold which session token: a
      // known key is accepted with the token the request carries.
      credentials: (accessKeyId) => {
        const secretAccessKey = secrets[accessKeyId];
        if (secretAccessKey === undefined) return undefined;
        return { accessKeyId, secretAccessKey, ...(tokens?.[0] === undefined ? {} : { sessionToken: tokens[0] }) };
      },
    },
  );
  if (!result.ok) return { valid: false, reason: result.failure.message, failure: result.failure };
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(req.headers.authorization ?? "")?.[1]?.split(";") ?? [];
  return { valid: true, accessKeyId: result.value.accessKey, signedHeaders };
}

/** Answer with JSON. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  response.end(text);
}
