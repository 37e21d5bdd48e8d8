import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { registryHeader, templateHeader } from "../print/header";
import { diffGeneratedFiles, isUpToDate, writeGeneratedFiles } from "./syncGeneratedFiles";

const header = templateHeader({ name: "alpha", file: "/x/template.yaml" });
const files = new Map([
  ["alpha.ts", `${header}\nexport const a = 1;\n`],
  ["index.ts", `${registryHeader}\nexport const templates = {};\n`],
]);

describe("generated files on disk", () => {
  let dir: string;
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), "codegen-sync-")), "generated");
  });
  afterEach(() => rmSync(join(dir, ".."), { recursive: true, force: true }));

  it("reports every file missing in a folder that does not exist, and writes them", () => {
    expect(diffGeneratedFiles(dir, files)).toEqual({ stale: [], missing: ["alpha.ts", "index.ts"], extra: [], unchanged: [] });
    writeGeneratedFiles(dir, files);
    expect(readFileSync(join(dir, "alpha.ts"), "utf8")).toBe(files.get("alpha.ts"));
    expect(isUpToDate(diffGeneratedFiles(dir, files))).toBe(true);
  });

  it("rewrites a stale file and leaves an unchanged one untouched", () => {
    writeGeneratedFiles(dir, files);
    writeFileSync(join(dir, "alpha.ts"), `${header}\nexport const a = 0;\n`);
    const before = statSync(join(dir, "index.ts")).mtimeMs;
    expect(writeGeneratedFiles(dir, files)).toEqual({ stale: ["alpha.ts"], missing: [], extra: [], unchanged: ["index.ts"] });
    expect(readFileSync(join(dir, "alpha.ts"), "utf8")).toBe(files.get("alpha.ts"));
    expect(statSync(join(dir, "index.ts")).mtimeMs).toBe(before);
  });

  it("deletes a file it wrote that is no longer generated, and nothing else", () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "gone.ts"), `${templateHeader({ name: "gone", file: "/x/template.yaml" })}\n`);
    writeFileSync(join(dir, "helpers.ts"), "// Hand-written.\n");
    writeFileSync(join(dir, "notes.md"), `${registryHeader}\n`);
    expect(writeGeneratedFiles(dir, files).extra).toEqual(["gone.ts"]);
    expect(existsSync(join(dir, "gone.ts"))).toBe(false);
    expect(existsSync(join(dir, "helpers.ts"))).toBe(true);
    expect(existsSync(join(dir, "notes.md"))).toBe(true);
    expect(isUpToDate(diffGeneratedFiles(dir, files))).toBe(true);
  });
});
