import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The PNG the s3 scenario uploads (written once by scripts/write-demo-png.ts, committed).
 * `src/` and a bundled `dist/` both sit one folder below the package, so the path holds for both.
 */
export const demoImagePath = join(__dirname, "..", "assets", "playground.png");

/** The demo image's bytes. */
export function readDemoImage(): Buffer {
  return readFileSync(demoImagePath);
}
