import type { Server } from "node:http";

/** A server listening on 127.0.0.1 at an OS-chosen port. */
export interface LoopbackListener {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  port: number;
  /** Stops accepting connections, ends the open ones (keep-alive, long polls) and resolves when the port is free. */
  close(): Promise<void>;
}

/** Starts `server` on 127.0.0.1, port 0, so parallel runs never collide. */
export function listenOnLoopback(server: Server): Promise<LoopbackListener> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", onError);
      const address = server.address();
      if (address === null || typeof address === "string") {
        reject(new Error(`Expected a TCP address after listen, got ${String(address)}.`));
        return;
      }
      resolve({
        endpoint: `http://127.0.0.1:${address.port}`,
        port: address.port,
        close: () => closeServer(server),
      });
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Without this, close() waits for idle keep-alive sockets and long polls to end by themselves.
    server.closeAllConnections();
  });
}
