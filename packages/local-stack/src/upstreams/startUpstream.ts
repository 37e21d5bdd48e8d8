import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { UpstreamName } from "../progress";

/** One request a local upstream received. */
export interface UpstreamRequest {
  /** ISO 8601 time the request was complete. */
  at: string;
  method: string;
  /** The request target as received: path and query, still percent-encoded. */
  url: string;
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Header name/value pairs in the order and case they were sent. */
  rawHeaders: [string, string][];
  body: Buffer;
}

/** A local HTTP service standing in for something outside AWS that a template's routes call. */
export interface LocalUpstream {
  name: UpstreamName;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every request received so far, oldest first. */
  received(): readonly UpstreamRequest[];
  /** Closes the listener and its open connections. */
  stop(): Promise<void>;
}

/** Answers one request; the body has already been read. */
export type UpstreamHandler = (request: UpstreamRequest, response: ServerResponse, incoming: IncomingMessage) => void;

/** Starts a recording upstream on 127.0.0.1 at an OS-chosen port (or `port`). */
export async function startUpstream(name: UpstreamName, handler: UpstreamHandler, port = 0): Promise<LocalUpstream> {
  const received: UpstreamRequest[] = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const rawHeaders: [string, string][] = [];
      for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) rawHeaders.push([incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!]);
      const headers: Record<string, string> = {};
      for (const [header, value] of rawHeaders) {
        const key = header.toLowerCase();
        headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
      }
      const request: UpstreamRequest = { at: new Date().toISOString(), method: incoming.method ?? "GET", url: incoming.url ?? "/", headers, rawHeaders, body: Buffer.concat(chunks) };
      received.push(request);
      handler(request, response, incoming);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port: actual } = server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  return {
    name,
    url: `http://127.0.0.1:${actual}`,
    received: () => received,
    stop() {
      stopped ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
