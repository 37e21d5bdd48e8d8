// pnpm bench: requests per second and p50/p99 latency of the local gateway's MOCK route and of a
// SigV4-verified MOCK route, against a bare node:http server answering the same bytes, from one run.
//
// Load: our own closed loop on undici (already a dependency): 32 connections, each sending its
// next request when the previous answer is fully read, for a fixed time after a warm-up. Latency
// is measured per request with hrtime. autocannon would add a dependency tree for the same loop,
// and its HTTP client is its own; here client, connections and measurement are identical for
// every target. Each target runs in its own process, so the load generator never shares its CPU.
//
// SigV4: the request is signed once, beforehand, with @smithy/signature-v4 (the signature stays
// valid for API Gateway's 5-minute window and carries no nonce), so the client spends nothing on
// signing; the gateway verifies the full signature on every request.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { Pool } from "undici";

const CONNECTIONS = 32;
const WARMUP_MS = 1_000;
/** Measured time per target, split into rounds that alternate between targets (noise hits all alike). */
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 6_000);
const ROUNDS = 3;
const TSX = join(__dirname, "..", "node_modules", ".bin", "tsx");
const TARGETS = join(__dirname, "targets.ts");

interface Result {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** One round's raw numbers. */
interface Round {
  latencies: number[];
  seconds: number;
  errors: number;
}

async function startTarget(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(TSX, [TARGETS, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  while (!out.includes("\n")) {
    const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
    out += chunk.toString();
  }
  const match = /READY (\S+)/.exec(out);
  if (!match) throw new Error(`benchmark target did not start: ${out}`);
  return { url: match[1]!, child };
}

async function stopTarget(child: ChildProcess): Promise<void> {
  child.kill("SIGTERM");
  await once(child, "exit");
}

async function load(url: string, headers: Record<string, string>, durationMs: number): Promise<Round> {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: CONNECTIONS, pipelining: 1 });
  const path = `${target.pathname}${target.search}`;
  const latencies: number[] = [];
  let errors = 0;
  let measuring = false;
  let stop = false;
  const worker = async () => {
    while (!stop) {
      const started = process.hrtime.bigint();
      try {
        const res = await pool.request({ path, method: "GET", headers });
        await res.body.arrayBuffer();
        if (res.statusCode !== 200) errors++;
      } catch {
        // A failed request counts as an error in the result; the loop goes on.
        errors++;
      }
      if (measuring) latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  const workers = Array.from({ length: CONNECTIONS }, worker);
  await new Promise((resolve) => setTimeout(resolve, WARMUP_MS));
  measuring = true;
  const begun = process.hrtime.bigint();
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  measuring = false;
  const elapsed = Number(process.hrtime.bigint() - begun) / 1e9;
  stop = true;
  await Promise.all(workers);
  await pool.close();
  return { latencies, seconds: elapsed, errors };
}

function summarise(name: string, rounds: Round[]): Result {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  const errors = rounds.reduce((sum, r) => sum + r.errors, 0);
  return { name, requests: latencies.length, rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors };
}

async function signedHeaders(url: string): Promise<Record<string, string>> {
  const target = new URL(url);
  const signer = new SignatureV4({
    service: "execute-api",
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDLOCALPLAYGROUND", secretAccessKey: "local-playground-secret" },
    sha256: Sha256,
  });
  const signed = await signer.sign({ method: "GET", protocol: "http:", hostname: target.hostname, port: Number(target.port), path: target.pathname, headers: { host: target.host } });
  return signed.headers as Record<string, string>;
}

function row(r: Result): string {
  return `${r.name.padEnd(28)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms   (${r.requests} requests, ${r.errors} errors)`;
}

async function main(): Promise<void> {
  const gateway = await startTarget(["gateway"]);
  const mockUrl = `${gateway.url}/mock`;
  // The bare server answers with the gateway's own answer: same status, headers and body bytes.
  const sample = await fetch(mockUrl);
  const sampleHeaders: Record<string, string> = {};
  sample.headers.forEach((value, name) => {
    if (name !== "connection" && name !== "keep-alive") sampleHeaders[name] = value;
  });
  const answer = Buffer.from(JSON.stringify({ headers: sampleHeaders, body: await sample.text() })).toString("base64");
  const bare = await startTarget(["bare", answer]);

  console.log(`${CONNECTIONS} connections; per target ${DURATION_MS} ms measured in ${ROUNDS} alternating rounds, each after a ${WARMUP_MS} ms warm-up\n`);
  const targets = [
    { name: "bare node:http", url: `${bare.url}/`, headers: {} },
    { name: "gateway MOCK", url: mockUrl, headers: {} },
    { name: "gateway MOCK + SigV4", url: `${gateway.url}/signed`, headers: await signedHeaders(`${gateway.url}/signed`) },
  ];
  const rounds: Round[][] = targets.map(() => []);
  const results: Result[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, target] of targets.entries()) rounds[i]!.push(await load(target.url, target.headers, DURATION_MS / ROUNDS));
    }
    for (const [i, target] of targets.entries()) results.push(summarise(target.name, rounds[i]!));
  } finally {
    await stopTarget(bare.child);
    await stopTarget(gateway.child);
  }
  for (const r of results) console.log(row(r));
  const [baseline, mock, signed] = results as [Result, Result, Result];
  console.log("");
  console.log(`MOCK / bare req/s:          ${(mock.rps / baseline.rps).toFixed(2)}  (target ≥ 0.50) ${mock.rps / baseline.rps >= 0.5 ? "ok" : "MISSED"}`);
  console.log(`SigV4 / bare req/s:         ${(signed.rps / baseline.rps).toFixed(2)}`);
  console.log(`SigV4 / MOCK req/s:         ${(signed.rps / mock.rps).toFixed(2)}`);
  console.log(`SigV4 p99:                  ${signed.p99.toFixed(2)} ms  (target < 10 ms) ${signed.p99 < 10 ? "ok" : "MISSED"}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
