/**
 * pnpm bench: cold runs of `pnpm demo` (a new process tree each time, all eight templates) against
 * the targets — the whole demo under 5 s, the local stack up under 1 s, under 300 MB peak — and
 * against two comparisons measured in the same rounds: the same run from the TypeScript sources
 * through tsx (APIGW_DEMO_SOURCES=1, what the bundle in dist/ saves), and `pnpm demo --version`
 * (pnpm, node and loading the CLI, with nothing started).
 *
 *   pnpm bench              5 rounds
 *   pnpm bench -- --runs 3
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { bundleDemo } from "../scripts/bundle";
import type { DemoReport } from "../src/run/results";
import { measureProcess, type ProcessRun } from "./measureProcess";

const TARGETS = { demoMs: 5000, stackMs: 1000, peakRssMb: 300 };
const repoRoot = join(__dirname, "..", "..", "..");
// `pnpm bench -- --runs 3` passes the `--` through.
const { values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== "--"), options: { runs: { type: "string", default: "5" } } });
const runs = Math.max(1, Number(values.runs));

interface DemoRun extends ProcessRun {
  report: DemoReport;
}

function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function row(label: string, value: string, comparison = ""): string {
  return `${label.padEnd(40)} ${value.padStart(9)}  ${comparison}`;
}

function againstTarget(value: number, target: number, unit: string): string {
  const ratio = value / target;
  return `${ratio.toFixed(2)}× the ${unit} target ${ratio <= 1 ? "(met)" : "(MISSED)"}`;
}

async function demo(env: NodeJS.ProcessEnv): Promise<DemoRun> {
  const run = await measureProcess("pnpm", ["--silent", "demo", "--json"], { cwd: repoRoot, env });
  if (run.exitCode !== 0) throw new Error(`pnpm demo exited ${run.exitCode}:\n${run.stdout.slice(0, 2000)}`);
  return { ...run, report: JSON.parse(run.stdout) as DemoReport };
}

async function main(): Promise<void> {
  // The bundle is built once up front, as the first `pnpm demo` after a change would.
  await bundleDemo();
  console.log(`pnpm bench: ${runs} rounds, node ${process.version}, in ${repoRoot}\n`);
  const bundled: DemoRun[] = [];
  const sources: DemoRun[] = [];
  const version: ProcessRun[] = [];
  // Interleaved, so that a busy machine slows every variant alike.
  for (let round = 1; round <= runs; round++) {
    bundled.push(await demo({}));
    sources.push(await demo({ APIGW_DEMO_SOURCES: "1" }));
    version.push(await measureProcess("pnpm", ["--silent", "demo", "--version"], { cwd: repoRoot }));
    const [b, s] = [bundled.at(-1)!, sources.at(-1)!];
    console.log(
      `round ${round}: pnpm demo ${seconds(b.wallMs)} (runDemo ${seconds(b.report.durationMs)}, stack ${b.report.stackStartMs} ms, ${b.peakRssMb.toFixed(0)} MB)` +
        ` | from sources ${seconds(s.wallMs)} (stack ${s.report.stackStartMs} ms) | --version ${seconds(version.at(-1)!.wallMs)}`,
    );
  }

  const demoMs = median(bundled.map((run) => run.wallMs));
  const sourcesMs = median(sources.map((run) => run.wallMs));
  const insideMs = median(bundled.map((run) => run.report.durationMs));
  const stackMs = median(bundled.map((run) => run.report.stackStartMs ?? Number.NaN));
  const versionMs = median(version.map((run) => run.wallMs));
  const peak = Math.max(...bundled.map((run) => run.peakRssMb), ...sources.map((run) => run.peakRssMb));
  console.log(`\nmedians of ${runs} rounds; peak RSS is the largest seen (${bundled[0]!.rssSource})\n`);
  console.log(row("pnpm demo, all 8 templates", seconds(demoMs), againstTarget(demoMs, TARGETS.demoMs, "5 s")));
  console.log(row("  local stack start", `${stackMs.toFixed(0)} ms`, againstTarget(stackMs, TARGETS.stackMs, "1 s")));
  console.log(row("  scenarios and checks (runDemo - stack)", seconds(insideMs - stackMs)));
  console.log(row("  pnpm, node, loading the CLI", seconds(demoMs - insideMs)));
  console.log(row("peak RSS", `${peak.toFixed(0)} MB`, againstTarget(peak, TARGETS.peakRssMb, "300 MB")));
  console.log(row("from sources through tsx", seconds(sourcesMs), `${(sourcesMs / demoMs).toFixed(2)}× the bundled run`));
  console.log(row("pnpm demo --version (nothing started)", seconds(versionMs), `${(demoMs / versionMs).toFixed(2)}× for the whole demo`));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
