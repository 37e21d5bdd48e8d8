// Start-up cost of the whole backend set, against a baseline of six bare node:http servers started
// the same way. Run with `pnpm bench`. The demo needs the whole local stack up in < 1 s.
import { createServer } from "node:http";
import { performance } from "node:perf_hooks";
import { startBackends } from "../src/index";
import { callJson, signedFetch } from "../src/testing/signedFetch";

const runs = 10;

async function bareServers(): Promise<number> {
  const started = performance.now();
  const servers = await Promise.all(
    Array.from({ length: 6 }, () => new Promise<ReturnType<typeof createServer>>((resolve) => {
      const server = createServer((_request, response) => response.end());
      server.listen(0, "127.0.0.1", () => resolve(server));
    })),
  );
  const elapsed = performance.now() - started;
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return elapsed;
}

/** Starts the set and makes the first call that loads each lazily loaded engine. */
async function backendSet(): Promise<{ start: number; firstCalls: number }> {
  const started = performance.now();
  const set = await startBackends();
  const start = performance.now() - started;
  const endpoints = set.endpoints as Required<typeof set.endpoints>;
  await Promise.all([
    signedFetch({ service: "s3", url: `${endpoints.s3}/`, method: "GET" }).then((r) => r.text()),
    callJson(endpoints.dynamodb, { service: "dynamodb", target: "DynamoDB_20120810.ListTables", body: {} }),
    callJson(endpoints.states, {
      service: "states",
      target: "AWSStepFunctions.CreateStateMachine",
      body: { name: "m", roleArn: "arn:aws:iam::123456789012:role/r", definition: '{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}' },
    }),
  ]);
  const firstCalls = performance.now() - started;
  await set.stop();
  return { start, firstCalls };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const cold = await backendSet();
  const baseline: number[] = [];
  const warmStart: number[] = [];
  const warmFirstCalls: number[] = [];
  for (let i = 0; i < runs; i++) {
    baseline.push(await bareServers());
    const warm = await backendSet();
    warmStart.push(warm.start);
    warmFirstCalls.push(warm.firstCalls);
  }
  const base = median(baseline);
  const rows = [
    ["six bare node:http servers (baseline)", base],
    ["startBackends(), cold (first in process)", cold.start],
    ["startBackends() + first S3/DynamoDB/SFN calls, cold", cold.firstCalls],
    ["startBackends(), warm (median)", median(warmStart)],
    ["startBackends() + first calls, warm (median)", median(warmFirstCalls)],
  ] as const;
  for (const [name, ms] of rows) console.log(`${name.padEnd(56)} ${ms.toFixed(1).padStart(8)} ms  ×${(ms / base).toFixed(1)}`);
}

void main();
