import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { send } from "./helpers/http";

const CLI = join(__dirname, "..", "src", "cli.ts");
const TSX = join(__dirname, "..", "node_modules", ".bin", "tsx");

function run(args: string[]) {
  const child = spawn(TSX, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  return { child, out: () => stdout, err: () => stderr };
}

describe("pnpm serve", () => {
  it("serves a template by name, prints its URL and credentials, and stops on SIGINT", async () => {
    const cli = run(["mock", "--port", "0"]);
    while (!cli.out().includes("Press Ctrl+C")) await once(cli.child.stdout, "data");
    const url = /http:\/\/127\.0\.0\.1:\d+\/v1/.exec(cli.out())![0];
    expect(cli.out()).toContain("access key AKIDLOCALPLAYGROUND, secret local-playground-secret");
    const res = await send(url, "/nothing");
    expect(res.status).toBe(403);
    cli.child.kill("SIGINT");
    const [code] = await once(cli.child, "exit");
    expect(code).toBe(0);
  }, 20_000);

  it("exits 2 with a one-line message and no stack trace for an unknown template", async () => {
    const cli = run(["no-such-template"]);
    const [code] = await once(cli.child, "exit");
    expect(code).toBe(2);
    expect(cli.err().trim().split("\n")).toHaveLength(1);
    expect(cli.err()).toMatch(/^serve: No template "no-such-template"/);
  }, 20_000);
});
