import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

// bin/launch.cjs is plain CommonJS (it runs before any TypeScript hook), loaded as such.
const { isFresh } = createRequire(__filename)("../bin/launch.cjs") as { isFresh: (entry: string, packageDir: string) => boolean };

/** A checkout with apps/demo/dist/main.cjs built at `builtAt` from one source file modified at `changedAt`. */
function checkout(builtAt: Date, changedAt: Date, root?: string) {
  const repo = mkdtempSync(join(tmpdir(), "demo-launch-"));
  const packageDir = join(repo, "apps", "demo");
  mkdirSync(join(packageDir, "dist"), { recursive: true });
  mkdirSync(join(packageDir, "src"), { recursive: true });
  writeFileSync(join(packageDir, "src", "main.ts"), "");
  utimesSync(join(packageDir, "src", "main.ts"), changedAt, changedAt);
  writeFileSync(join(packageDir, "dist", "manifest.json"), JSON.stringify({ root: root ?? repo, inputs: ["apps/demo/src/main.ts"] }));
  writeFileSync(join(packageDir, "dist", "main.cjs"), "");
  utimesSync(join(packageDir, "dist", "main.cjs"), builtAt, builtAt);
  return packageDir;
}

const earlier = new Date("2026-01-01T00:00:00Z");
const later = new Date("2026-01-02T00:00:00Z");

describe("isFresh", () => {
  it("runs the bundle when no source changed after it was built", () => {
    expect(isFresh("main", checkout(later, earlier))).toBe(true);
  });

  it("rebuilds when a source is newer than the bundle", () => {
    expect(isFresh("main", checkout(earlier, later))).toBe(false);
  });

  it("rebuilds a bundle made in another checkout (its paths are absolute)", () => {
    expect(isFresh("main", checkout(later, earlier, "/somewhere/else"))).toBe(false);
  });

  it("rebuilds when there is no bundle, or a source it was built from is gone", () => {
    const packageDir = checkout(later, earlier);
    expect(isFresh("serve", packageDir)).toBe(false);
    writeFileSync(join(packageDir, "dist", "manifest.json"), JSON.stringify({ root: join(packageDir, "..", ".."), inputs: ["apps/demo/src/gone.ts"] }));
    expect(isFresh("main", packageDir)).toBe(false);
  });
});
