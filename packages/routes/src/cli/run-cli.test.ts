import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fixture } from "../../test/fixtures";
import { EXIT, runCli, USAGE } from "./run-cli";

function run(args: string[], cwd = join(__dirname, "../..")) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { stdout: (line) => out.push(line), stderr: (line) => err.push(line), cwd });
  return { code, out, err };
}

describe("validate-templates", () => {
  it("prints one line per template and exits 0 when it is valid", () => {
    const { code, out, err } = run(["test/fixtures/good/template.yaml"]);
    expect(code).toBe(EXIT.ok);
    expect(err).toEqual([]);
    expect(out).toEqual(["ok   good: 2 APIs (Api, ClassicApi), 6 routes"]);
  });

  it("prints every problem, relative to where it was run, and exits 1", () => {
    const { code, out } = run([fixture("broken")], join(__dirname, "../../test"));
    expect(code).toBe(EXIT.problems);
    expect(out[0]).toMatch(/^FAIL broken: 2 APIs \(Classic, Api\), 8 routes, \d+ problems$/);
    expect(out[1]).toBe('  fixtures/broken/template.yaml:7:5: Parameters.Env: parameter Env: "staging" is not one of the AllowedValues: dev, prod');
    expect(out.length).toBeGreaterThan(30);
  });

  it("prints JSON with --json", () => {
    const { code, out } = run(["--json", "test/fixtures/good/template.yaml"]);
    expect(code).toBe(EXIT.ok);
    const result = JSON.parse(out.join("\n"));
    expect(result.ok).toBe(true);
    expect(result.templates[0].apis[0].routes[0]).toEqual({ operationId: "putItem", method: "PUT", path: "/items/{id}" });
  });

  it("applies --param overrides", () => {
    const { code, out } = run(["--param", "Env=dev", "--json", "test/fixtures/broken/template.yaml"]);
    expect(code).toBe(EXIT.problems);
    expect(JSON.parse(out.join("\n")).templates[0].problems.map((p: { field: string }) => p.field)).not.toContain("Parameters.Env");
  });

  it("shows help with --help", () => {
    expect(run(["--help"])).toEqual({ code: EXIT.ok, out: [USAGE], err: [] });
  });

  it("exits 2 with one line, not a stack trace, on bad usage", () => {
    expect(run(["--frobnicate"]).code).toBe(EXIT.usage);
    expect(run(["--frobnicate"]).err[0]).toMatch(/^validate-templates: Unknown option '--frobnicate'/);
    expect(run(["--param", "novalue"]).err[0]).toBe('validate-templates: --param expects Name=Value, got "novalue"');
    const missing = run(["missing.yaml"]);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err[0]).toBe(`validate-templates: no template file at ${join(__dirname, "../../missing.yaml")}`);
  });

  it("sets the process exit code when run as a program", () => {
    const tsx = require.resolve("tsx/cli");
    const result = spawnSync(process.execPath, [tsx, join(__dirname, "../cli.ts"), "--nope"], { encoding: "utf8", env: { ...process.env, INIT_CWD: "" } });
    expect(result.status).toBe(EXIT.usage);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
