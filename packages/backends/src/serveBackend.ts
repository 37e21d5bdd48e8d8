import { createServer, type RequestListener, type Server } from "node:http";
import { listenOnLoopback } from "./http/listenOnLoopback";
import { RecordLog } from "./record/RecordLog";
import type { Backend, ReceivedRequest, ServiceName } from "./types";

/** A fresh request log for one service. */
export function newRequestLog(service: ServiceName): RecordLog<ReceivedRequest> {
  return new RecordLog<ReceivedRequest>(`request to ${service}`);
}

/**
 * Serves `listener` (or an embedded library's own server) on 127.0.0.1, OS-chosen port, and wraps
 * it as a {@link Backend}. `onStop` runs after the listener has closed (timers, temp dirs, stores).
 */
export async function serveBackend(
  service: ServiceName,
  log: RecordLog<ReceivedRequest>,
  listener: RequestListener | Server,
  onStop?: () => Promise<void> | void,
): Promise<Backend> {
  const server = typeof listener === "function" ? createServer(listener) : listener;
  const listening = await listenOnLoopback(server);
  let stopping: Promise<void> | undefined;
  return {
    service,
    endpoint: listening.endpoint,
    received: () => log.entries(),
    onReceived: (callback) => log.on(callback),
    waitForReceived: (predicate, timeoutMs) => log.waitFor(predicate, timeoutMs),
    stop: () => {
      stopping ??= (async () => {
        await listening.close();
        await onStop?.();
      })();
      return stopping;
    },
  };
}
