// pnpm bench: how long the whole local stack (all eight templates) takes to come up, against the
// 1 s target. Each cold start is a new process (module loading, JIT and engines all cold); warm
// starts repeat startLocalStack in a process that has already run it once. With and without
// provisioning, so the cost of creating the resources shows. The machine's own speed is the
// baseline: the same run also times a bare `node -e ""` process start.
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";

const TARGET_MS = 1000;
const COLD_PROCESSES = Number(process.env["BENCH_COLD"] ?? 5);
const WARM_RUNS = Number(process.env["BENCH_WARM"] ?? 5);

interface Phases {
  total: number;
  templatesLoaded?: number;
  backendsStarted?: number;
  gatewayStarted?: number;
}
interface ChildResult {
  beforeImport: number;
  importMs: number;
  processToReady: number;
  cold: Phases;
  warm: Phases[];
}

const child = join(__dirname, "startupChild.ts");
const tsx = join(__dirname, "..", "node_modules", ".bin", "tsx");

function runChild(provision: boolean): ChildResult {
  const out = execFileSync(tsx, [child, provision ? "yes" : "no", String(WARM_RUNS)], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!) as ChildResult;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;
const ratio = (value: number) => `${(value / TARGET_MS).toFixed(2)}× target`;

function nodeStartMs(): number {
  const started = performance.now();
  spawnSync(process.execPath, ["-e", ""]);
  return performance.now() - started;
}

console.log(`local stack start-up, all eight templates — ${COLD_PROCESSES} cold processes, ${WARM_RUNS} warm starts each; target ${TARGET_MS} ms\n`);
const baseline = median(Array.from({ length: 5 }, nodeStartMs));
console.log(`baseline: a bare node process starts and exits in ${ms(baseline)} (median of 5)\n`);

for (const provision of [true, false]) {
  const results: ChildResult[] = [];
  for (let i = 0; i < COLD_PROCESSES; i++) results.push(runChild(provision));
  const cold = results.map((r) => r.cold.total);
  const warm = results.flatMap((r) => r.warm.map((w) => w.total));
  const label = provision ? "with provisioning" : "without provisioning";
  console.log(`${label}:`);
  console.log(`  cold  startLocalStack()          median ${ms(median(cold))}  min ${ms(Math.min(...cold))}  max ${ms(Math.max(...cold))}  → ${ratio(median(cold))}`);
  console.log(`        phases (median, since the call): templates loaded ${ms(median(results.map((r) => r.cold.templatesLoaded ?? 0)))}, backends up ${ms(median(results.map((r) => r.cold.backendsStarted ?? 0)))}, gateway up ${ms(median(results.map((r) => r.cold.gatewayStarted ?? 0)))}`);
  console.log(`        importing the packages (tsx) median ${ms(median(results.map((r) => r.importMs)))}; process start to ready median ${ms(median(results.map((r) => r.processToReady)))} → ${ratio(median(results.map((r) => r.processToReady)))}`);
  console.log(`  warm  startLocalStack()          median ${ms(median(warm))}  min ${ms(Math.min(...warm))}  max ${ms(Math.max(...warm))}  → ${ratio(median(warm))}`);
  console.log(`        phases (median): templates loaded ${ms(median(results.flatMap((r) => r.warm.map((w) => w.templatesLoaded ?? 0))))}, gateway up ${ms(median(results.flatMap((r) => r.warm.map((w) => w.gatewayStarted ?? 0))))}\n`);
}
