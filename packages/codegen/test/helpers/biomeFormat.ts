import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const biome = join(__dirname, "..", "..", "node_modules", ".bin", "biome");

/**
 * `source` as biome's formatter writes it (2-space indent, 120 columns, its defaults otherwise:
 * double quotes, trailing commas). Runs in an empty folder so no biome.json applies.
 */
export function biomeFormat(source: string, fileName = "generated.ts"): string {
  const cwd = mkdtempSync(join(tmpdir(), "codegen-biome-"));
  try {
    const result = spawnSync(biome, ["format", `--stdin-file-path=${fileName}`, "--indent-style=space", "--line-width=120"], {
      cwd,
      input: source,
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`biome format failed (${result.status}): ${result.stderr}`);
    return result.stdout;
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
