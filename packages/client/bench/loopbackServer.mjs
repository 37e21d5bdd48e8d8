// The benchmark's server, run in a worker thread so it does not share the client's
// event loop: keep-alive node:http on 127.0.0.1, a small JSON answer to every request.
// Plain JavaScript: Node 20 workers do not inherit tsx's TypeScript loader.
// workerData.delay: milliseconds to wait before answering (0: at once).
import { createServer } from "node:http";
import { parentPort, workerData } from "node:worker_threads";

const delay = workerData?.delay ?? 0;

const answer = Buffer.from(JSON.stringify({ id: "bench-1", name: "benchmark item", tags: ["a", "b"] }));
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const send = () => {
      res.writeHead(200, { "content-type": "application/json", "content-length": answer.length });
      res.end(answer);
    };
    if (delay > 0) setTimeout(send, delay);
    else send();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => parentPort?.postMessage(server.address().port));
parentPort?.on("message", (message) => {
  if (message === "close") {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
