import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixturesDir, fixtureTemplatesDir } from "../../test/helpers/fixtures";
import { templateHeader } from "../print/header";
import { EXIT, runCli, USAGE } from "./runCli";

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { stdout: (line) => out.push(line), stderr: (line) => err.push(line), cwd });
  return { code, out, err };
}

describe("generate CLI", () => {
  let cwd: string;
  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), "codegen-cli-"));
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it("prints its usage with --help", () => {
    expect(run(["--help"], cwd)).toEqual({ code: EXIT.ok, out: [USAGE], err: [] });
  });

  it("refuses an unknown option in one line", () => {
    const result = run(["--chek"], cwd);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toEqual([expect.stringMatching(/^generate: Unknown option '--chek'/), "Try --help."]);
  });

  it("writes the modules into --out, relative to where it runs, and says what it wrote", () => {
    const result = run(["--templates", fixtureTemplatesDir, "--out", "gen"], cwd);
    expect(result).toEqual({ code: EXIT.ok, out: ["generate: wrote index.ts, shop.ts in gen (0 unchanged)."], err: [] });
    expect(readdirSync(join(cwd, "gen")).sort()).toEqual(["index.ts", "shop.ts"]);
    expect(run(["--templates", fixtureTemplatesDir, "--out", "gen"], cwd).out).toEqual(["generate: gen is up to date (2 files)."]);
  });

  it("deletes a module it wrote for a template that is gone", () => {
    run(["--templates", fixtureTemplatesDir, "--out", "gen"], cwd);
    writeFileSync(join(cwd, "gen", "old.ts"), `${templateHeader({ name: "old", file: "/x/template.yaml" })}\n`);
    expect(run(["--templates", fixtureTemplatesDir, "--out", "gen"], cwd).out).toEqual(["generate: deleted old.ts in gen (2 unchanged)."]);
    expect(existsSync(join(cwd, "gen", "old.ts"))).toBe(false);
  });

  it("with --check writes nothing and exits 1 listing missing, stale and extra files", () => {
    run(["--templates", fixtureTemplatesDir, "--out", "gen"], cwd);
    writeFileSync(join(cwd, "gen", "shop.ts"), "// edited by hand\n");
    writeFileSync(join(cwd, "gen", "old.ts"), `${templateHeader({ name: "old", file: "/x/template.yaml" })}\n`);
    rmSync(join(cwd, "gen", "index.ts"));
    const result = run(["--check", "--templates", fixtureTemplatesDir, "--out", "gen"], cwd);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([
      "generate --check: gen does not match the templates:",
      `  stale   ${join("gen", "shop.ts")}`,
      `  missing ${join("gen", "index.ts")}`,
      `  extra   ${join("gen", "old.ts")}`,
      "Run `pnpm generate` and commit the result.",
    ]);
    expect(existsSync(join(cwd, "gen", "index.ts"))).toBe(false);
  });

  it("with --check exits 0 when the folder is up to date", () => {
    run(["--templates", fixtureTemplatesDir, "--out", "gen"], cwd);
    expect(run(["--check", "--templates", fixtureTemplatesDir, "--out", "gen"], cwd)).toEqual({
      code: EXIT.ok,
      out: ["generate --check: gen is up to date (2 files)."],
      err: [],
    });
  });

  it("prints template problems one per line, as validate-templates does, and writes nothing", () => {
    const result = run(["--templates", join(fixturesDir, "broken"), "--out", join(cwd, "gen")], fixturesDir);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([
      "generate: 1 problem in API templates; fix them and run again:",
      expect.stringMatching(/^ {2}broken\/bad\/template\.yaml:\d+:\d+: GET \/ping: operationId: operationId is required/),
    ]);
    expect(existsSync(join(cwd, "gen"))).toBe(false);
  });

  it("says in one line when the templates folder does not exist", () => {
    const result = run(["--templates", "nowhere"], cwd);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toEqual([`generate: no templates folder at ${join(cwd, "nowhere")}`]);
  });

  it("says in one line what to change in a template it cannot generate from", () => {
    const dir = join(cwd, "templates", "index");
    const source = join(fixtureTemplatesDir, "shop", "template.yaml");
    mkdirSync(dir, { recursive: true });
    copyFileSync(source, join(dir, "template.yaml"));
    const result = run(["--templates", "templates", "--out", "gen"], cwd);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([expect.stringMatching(/^generate: a template cannot be named index: /)]);
  });
});
