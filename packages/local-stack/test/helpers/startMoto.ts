import { type ChildProcess, spawn, spawnSync } from "node:child_process";

/** A moto_server this process started (or one given by MOTO_ENDPOINT). */
export interface MotoServer {
  endpoint: string;
  /** Ends the child process (nothing for a MOTO_ENDPOINT server). */
  stop(): Promise<void>;
}

/** Whether `moto_server` can be run here. */
export function motoInstalled(): boolean {
  const probe = spawnSync("moto_server", ["--help"], { stdio: "ignore" });
  return probe.error === undefined && probe.status === 0;
}

/**
 * `MOTO_ENDPOINT` when set, else a new `moto_server` on an OS-chosen port (`-p 0`). Ready when it
 * prints the address it listens on — werkzeug's "Running on http://127.0.0.1:PORT" line — so there
 * is no sleep and no polling.
 * @param timeoutMs how long moto may take to start before this gives up
 */
export async function startMoto(env: Readonly<Record<string, string | undefined>> = process.env, timeoutMs = 20_000): Promise<MotoServer> {
  const given = env["MOTO_ENDPOINT"];
  if (given !== undefined && given !== "") return { endpoint: given.replace(/\/+$/, ""), stop: async () => {} };
  const child = spawn("moto_server", ["-H", "127.0.0.1", "-p", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`moto_server printed no address within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /Running on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout?.off("data", read);
        child.stderr?.off("data", read);
        // Keep draining its output so a full pipe never blocks it.
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("error", fail);
    child.once("exit", (code) => fail(new Error(`moto_server exited (code ${code}) before listening:\n${output}`)));
  });
  return { endpoint, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
