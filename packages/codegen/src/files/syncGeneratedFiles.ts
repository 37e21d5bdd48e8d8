import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isGeneratedSource } from "../print/header";

/** How a folder differs from what the generator would write, by file name, each list sorted. */
export interface GeneratedFilesDiff {
  /** Present with other contents. */
  stale: string[];
  /** Not present. */
  missing: string[];
  /** Files the generator wrote (they start with its header) that it no longer writes. */
  extra: string[];
  /** Present with exactly the generated contents. */
  unchanged: string[];
}

/** Whether the folder holds exactly the generated files. */
export function isUpToDate(diff: GeneratedFilesDiff): boolean {
  return diff.stale.length === 0 && diff.missing.length === 0 && diff.extra.length === 0;
}

/**
 * Compare `dir` with the generated `files` (name → contents), byte for byte. Files in `dir`
 * without the generator's header are not its own and are never listed as extra.
 */
export function diffGeneratedFiles(dir: string, files: ReadonlyMap<string, string>): GeneratedFilesDiff {
  const diff: GeneratedFilesDiff = { stale: [], missing: [], extra: [], unchanged: [] };
  for (const [name, contents] of files) {
    const path = join(dir, name);
    if (!existsSync(path)) diff.missing.push(name);
    else if (readFileSync(path, "utf8") === contents) diff.unchanged.push(name);
    else diff.stale.push(name);
  }
  const present = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [];
  for (const entry of present) {
    if (!entry.isFile() || !entry.name.endsWith(".ts") || files.has(entry.name)) continue;
    if (isGeneratedSource(readFileSync(join(dir, entry.name), "utf8"))) diff.extra.push(entry.name);
  }
  for (const list of Object.values(diff)) list.sort();
  return diff;
}

/**
 * Make `dir` hold the generated `files`: write the stale and missing ones (unchanged files
 * are left alone, so their timestamps do not move), delete the extra ones. Creates `dir`.
 * @returns what was different before the write
 */
export function writeGeneratedFiles(dir: string, files: ReadonlyMap<string, string>): GeneratedFilesDiff {
  const diff = diffGeneratedFiles(dir, files);
  mkdirSync(dir, { recursive: true });
  for (const name of [...diff.stale, ...diff.missing]) writeFileSync(join(dir, name), files.get(name)!);
  for (const name of diff.extra) rmSync(join(dir, name));
  return diff;
}
