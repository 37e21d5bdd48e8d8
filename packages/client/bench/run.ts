// pnpm bench: the client's cost against its baselines, in one run.
//  1. Requests per second on a loopback keep-alive server (in a worker thread):
//     an unsigned undici request (same pool settings), our signed client, and the
//     same signed requests through aws-sigv4-fetch and aws4fetch (both on fetch).
//  2. SHA-256 over 1 KB, 1 MB and 10 MB: @aws-crypto/sha256-js against node:crypto.
import { createHash, randomBytes } from "node:crypto";
import { cpus } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AwsClient } from "aws4fetch";
import { createSignedFetcher } from "aws-sigv4-fetch";
import { Pool } from "undici";
import { defaultTimeouts } from "../src/client/options";
import { JsSha256, NodeSha256 } from "../src/signing/sha256";
import { FixtureClient } from "../test/helpers/fixtureClient";
import { localCredentials, startTestServer } from "../test/helpers/testServer";
import { interleavedThroughput, table, timePerCall } from "./measure";

const quick = process.argv.includes("--quick");
const load = quick
  ? { total: 500, concurrency: 8, rounds: 3, warmup: 300 }
  : { total: 4_000, concurrency: 8, rounds: 5, warmup: 2_000 };
const serverDelay = 1;
const region = "us-east-1";
const item = { name: "x".repeat(1000) };
const itemJson = JSON.stringify(item);

interface Contender {
  name: string;
  get(origin: string): () => Promise<unknown>;
  put(origin: string): () => Promise<unknown>;
}

/** The contenders, baseline first, and a function closing the pools they opened. */
function contenders(): { list: Contender[]; close(): Promise<void> } {
  const pools: Pool[] = [];
  const clients: Array<{ close(): Promise<void> }> = [];
  const pool = (origin: string) => {
    const p = new Pool(origin, { connect: { timeout: defaultTimeouts.connect }, keepAliveTimeout: defaultTimeouts.keepAlive, headersTimeout: 0, bodyTimeout: 0 });
    pools.push(p);
    return p;
  };
  const client = (origin: string) => {
    const c = new FixtureClient({ region, credentials: localCredentials, endpoints: { fixture: `${origin}/v1` } });
    clients.push(c);
    return c;
  };
  const sigv4Fetch = createSignedFetcher({ service: "execute-api", region, credentials: localCredentials });
  const aws4 = new AwsClient({ ...localCredentials, service: "execute-api", region, retries: 0 });
  const close = async () => {
    await Promise.all([...pools.map((p) => p.close()), ...clients.map((c) => c.close())]);
  };
  const list: Contender[] = [
    {
      name: "undici, unsigned (baseline)",
      get: (origin) => {
        const p = pool(origin);
        return async () => (await (await p.request({ method: "GET", path: "/v1/items/bench-1" })).body.json());
      },
      put: (origin) => {
        const p = pool(origin);
        return async () =>
          (await (await p.request({ method: "PUT", path: "/v1/items/bench-1", headers: { "content-type": "application/json" }, body: itemJson })).body.json());
      },
    },
    {
      name: "PlaygroundClient, signed",
      get: (origin) => {
        const c = client(origin);
        return () => c.fixture.getItem({ path: { id: "bench-1" } });
      },
      put: (origin) => {
        const c = client(origin);
        return () => c.fixture.putItem({ path: { id: "bench-1" }, body: item });
      },
    },
    {
      name: "aws-sigv4-fetch, signed",
      get: (origin) => async () => (await sigv4Fetch(`${origin}/v1/items/bench-1`)).json(),
      put: (origin) => async () =>
        (await sigv4Fetch(`${origin}/v1/items/bench-1`, { method: "PUT", headers: { "content-type": "application/json" }, body: itemJson })).json(),
    },
    {
      name: "aws4fetch, signed",
      get: (origin) => async () => (await aws4.fetch(`${origin}/v1/items/bench-1`)).json(),
      put: (origin) => async () =>
        (await aws4.fetch(`${origin}/v1/items/bench-1`, { method: "PUT", headers: { "content-type": "application/json" }, body: itemJson })).json(),
    },
  ];
  return { list, close };
}

/** Check that every signed contender's requests verify, so the comparison is like for like. */
async function verifySignatures(list: Contender[]): Promise<string[]> {
  const server = await startTestServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"id":"bench-1","name":"x"}');
  });
  const lines: string[] = [];
  for (const contender of list.slice(1)) {
    await contender.get(server.origin)();
    await contender.put(server.origin)();
    const [get, put] = server.requests.splice(0);
    const ok = get?.verdict.valid && put?.verdict.valid;
    lines.push(`  ${contender.name}: ${ok ? "GET and PUT signatures verify" : `INVALID (${JSON.stringify([get?.verdict, put?.verdict])})`}`);
  }
  await server.close();
  return lines;
}

async function startServer(delay: number): Promise<{ origin: string; close(): Promise<void> }> {
  const worker = new Worker(path.join(__dirname, "loopbackServer.mjs"), { workerData: { delay } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      worker.postMessage("close");
      await new Promise((resolve) => worker.once("exit", resolve));
    },
  };
}

type Results = Array<{ name: string; get: { rate: number; relative: number }; put: { rate: number; relative: number } }>;

async function measureRequests(list: Contender[], delay: number): Promise<Results> {
  const server = await startServer(delay);
  const get = await interleavedThroughput(list.map((c) => c.get(server.origin)), load);
  const put = await interleavedThroughput(list.map((c) => c.put(server.origin)), load);
  await server.close();
  return list.map((c, i) => ({ name: c.name, get: get[i]!, put: put[i]! }));
}

function report(results: Results): string[] {
  // Cost: how many unsigned requests' worth of client CPU one request takes (median of
  // the per-round ratios, each against the baseline's round run next to it).
  const rows = results.map((r) => [
    r.name,
    r.get.rate.toFixed(0),
    (1 / r.get.relative).toFixed(2),
    r.put.rate.toFixed(0),
    (1 / r.put.relative).toFixed(2),
  ]);
  const [, ours, sigv4Fetch] = results;
  return [
    table(["client", "GET req/s", "GET cost", "PUT req/s", "PUT cost"], rows),
    "",
    `signed vs unsigned cost: GET ${(1 / ours!.get.relative).toFixed(2)}x, PUT ${(1 / ours!.put.relative).toFixed(2)}x (target <= 1.15x)`,
    `throughput vs aws-sigv4-fetch: GET ${(ours!.get.rate / sigv4Fetch!.get.rate).toFixed(2)}x, PUT ${(ours!.put.rate / sigv4Fetch!.put.rate).toFixed(2)}x (target >= 2x)`,
  ];
}

async function requestBench(): Promise<string> {
  const { list, close } = contenders();
  const verified = await verifySignatures(list);
  const immediate = await measureRequests(list, 0);
  const delayed = await measureRequests(list, serverDelay);
  await close();
  return [
    `Requests/s, ${load.concurrency} in flight; ${load.rounds} interleaved rounds of ${load.total} per contender (after ${load.warmup} warm-up)`,
    "GET /v1/items/{id}; PUT with a 1 KB JSON body. Cost = unsigned undici req/s ÷ req/s, per round (1.00 = baseline).",
    ...verified,
    "",
    "(a) server answers at once: the client's CPU is the limit",
    "",
    ...report(immediate),
    "",
    `(b) server answers after ${serverDelay} ms (a real API Gateway round trip is 10-100 times that)`,
    "",
    ...report(delayed),
  ].join("\n");
}

async function hashBench(): Promise<string> {
  const sizes: Array<[string, number, number]> = quick
    ? [["1 KB", 1024, 2_000], ["1 MB", 1024 * 1024, 5], ["10 MB", 10 * 1024 * 1024, 1]]
    : [["1 KB", 1024, 20_000], ["1 MB", 1024 * 1024, 40], ["10 MB", 10 * 1024 * 1024, 4]];
  const rows: string[][] = [];
  let tenMegabytes: { client: number; js: number } | undefined;
  for (const [label, size, iterations] of sizes) {
    const data = randomBytes(size);
    const digestWith = (Ctor: typeof JsSha256 | typeof NodeSha256) => async () => {
      const hash = new Ctor();
      hash.update(data);
      return hash.digest();
    };
    const rounds = quick ? 3 : 5;
    const js = await timePerCall(digestWith(JsSha256), { iterations, rounds });
    const node = await timePerCall(() => createHash("sha256").update(data).digest(), { iterations, rounds });
    const ours = await timePerCall(digestWith(NodeSha256), { iterations, rounds });
    const mbps = (ms: number) => ((size / 1024 / 1024) / (ms / 1000)).toFixed(0);
    rows.push([label, `${js.toFixed(3)} ms`, `${node.toFixed(3)} ms`, `${ours.toFixed(3)} ms`, mbps(js), mbps(node), (js / node).toFixed(2), (ours / node).toFixed(2)]);
    if (size === 10 * 1024 * 1024) tenMegabytes = { client: ours / node, js: js / node };
  }
  return [
    "SHA-256, median time per hash",
    "",
    table(["size", "sha256-js", "node:crypto", "client Sha256", "js MB/s", "node MB/s", "js/node", "client/node"], rows),
    "",
    `client hash on 10 MB: ${tenMegabytes?.client.toFixed(2)}x node:crypto (target <= 1.5x); sha256-js alone would be ${tenMegabytes?.js.toFixed(2)}x`,
  ].join("\n");
}

async function main() {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`@apigw-playground/client benchmark — Node ${process.version}, ${cpus().length} × ${cpu}${quick ? " (quick run)" : ""}\n`);
  console.log(await requestBench());
  console.log("");
  console.log(await hashBench());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
