import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import packageJson from "../../package.json";
import { runMain } from "./runMain";

const packageDir = join(__dirname, "..", "..");

/** Runs the CLI in this process with collecting, non-terminal streams. */
async function run(argv: readonly string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runMain(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { code, stdout, stderr };
}

/** Runs `pnpm demo` as a child process with exactly `env` (nothing inherited but what is passed). */
function runChild(args: readonly string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [join(packageDir, "bin", "demo.cjs"), ...args], { cwd: packageDir, env, encoding: "utf8", timeout: 60_000 });
}

describe("pnpm demo's command line", () => {
  it("prints the usage for --help and exits 0", async () => {
    const { code, stdout, stderr } = await run(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: pnpm demo [options]");
    expect(stdout).toContain("--only <templates>");
    expect(stderr).toBe("");
  });

  it("prints the package version for --version", async () => {
    expect(await run(["--version"])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: "" });
  });

  it("answers an unknown flag with one sentence and exit code 2", async () => {
    expect(await run(["--nope"])).toEqual({ code: 2, stdout: "", stderr: "Unknown option --nope: see --help for the options.\n" });
  });

  it("lists the valid template names when --only names an unknown one", async () => {
    const { code, stdout, stderr } = await run(["--only", "nope"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe('Unknown template "nope" in --only: the templates are dynamodb, events, http, mock, s3, sfn, sns, vpclink.\n');
  });

  it("refuses aws-only flags with the local target", async () => {
    const { code, stderr } = await run(["--api-key", "abc"]);
    expect(code).toBe(2);
    expect(stderr).toBe("--api-key only applies with --target aws (the local stack has its own stacks, credentials and API key).\n");
  });

  it("runs the selected templates and ends with the table and a summary line, in plain ASCII when not on a terminal", async () => {
    const { code, stdout, stderr } = await run(["--only", "mock"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/^template +route +step +status +latency +verdict$/));
    expect(lines).toContainEqual(expect.stringMatching(/^mock +getPremium +without the API key +403 +[\d.]+ ms +ok$/));
    expect(lines.at(-1)).toMatch(/^ok \d+ passed, 0 failed in .+ - local, us-east-1$/);
    for (const unicodeOrColour of ["✔", "✘", "\u001b["]) expect(stdout).not.toContain(unicodeOrColour);
  }, 30_000);
});

describe("pnpm demo as a process", () => {
  it("exits 2 after one sentence on stderr for a bad flag", () => {
    const child = runChild(["--verbos"], { PATH: process.env.PATH });
    expect(child.status).toBe(2);
    expect(child.stdout).toBe("");
    expect(child.stderr).toBe("Unknown option --verbos: see --help for the options.\n");
  });
});

describe("pnpm demo --target aws without credentials", () => {
  const scrubbed = () => ({ PATH: process.env.PATH, HOME: mkdtempSync(join(tmpdir(), "demo-empty-home-")) });

  it("says in one plain sentence how to provide credentials and exits non-zero", () => {
    const child = runChild(["--target", "aws"], scrubbed());
    expect(child.status).toBe(1);
    expect(child.stdout).toBe("");
    expect(child.stderr.trim().split("\n")).toEqual([
      "No AWS credentials found for --target aws: set AWS_PROFILE (or pass --profile), set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run `aws sso login`.",
    ]);
  }, 60_000);

  it("adds the stack traces only with --verbose", () => {
    const child = runChild(["--target", "aws", "--verbose"], scrubbed());
    expect(child.status).toBe(1);
    expect(child.stderr).toContain("No AWS credentials found for --target aws");
    expect(child.stderr).toMatch(/\n {4}at /);
  }, 60_000);
});
