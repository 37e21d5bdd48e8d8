import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One cold run of a command: a new process tree, timed from spawn to exit. */
export interface ProcessRun {
  wallMs: number;
  /** The largest resident set of any process in the tree, in MB. */
  peakRssMb: number;
  exitCode: number | null;
  stdout: string;
  /** How the peak was measured. */
  rssSource: "/usr/bin/time -v" | "process.resourceUsage().maxRSS";
}

const GNU_TIME = "/usr/bin/time";

/**
 * Runs `command` in a new process tree and measures its wall time and peak memory: GNU time's
 * "Maximum resident set size" (wait4's ru_maxrss: the largest process of the tree) when
 * /usr/bin/time exists, else every node process of the tree reports its own maxRSS on exit
 * (bench/reportMaxRss.cjs through NODE_OPTIONS) and the largest is kept.
 */
export function measureProcess(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<ProcessRun> {
  const gnuTime = existsSync(GNU_TIME);
  const rssFile = join(mkdtempSync(join(tmpdir(), "demo-bench-")), "rss");
  const base = { ...process.env, ...options.env };
  const env = gnuTime
    ? base
    : { ...base, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${join(__dirname, "reportMaxRss.cjs")}`.trim(), DEMO_BENCH_RSS_FILE: rssFile };
  const [file, argv] = gnuTime ? [GNU_TIME, ["-v", command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (exitCode) => {
      const wallMs = performance.now() - started;
      let peakKb: number;
      if (gnuTime) {
        const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (!match) return reject(new Error(`/usr/bin/time -v printed no peak RSS:\n${stderr.slice(-500)}`));
        peakKb = Number(match[1]);
      } else {
        const reported = existsSync(rssFile) ? readFileSync(rssFile, "utf8").trim().split("\n").map(Number) : [];
        if (reported.length === 0) return reject(new Error("no process reported its peak RSS"));
        peakKb = Math.max(...reported);
      }
      resolve({ wallMs, peakRssMb: peakKb / 1024, exitCode, stdout, rssSource: gnuTime ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS" });
    });
  });
}
