import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { TemplateNotFoundError } from "../errors/TemplateNotFoundError";

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function walkUp(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, "templates");
    if (isDirectory(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The repository's `templates/` folder: the first `templates` directory found walking up from
 * `from` (default: the working directory), then from this package's own folder, so it is found
 * from anywhere inside the repository and from scripts run elsewhere.
 * @throws TemplateNotFoundError when neither walk finds one
 */
export function findTemplatesDir(from: string = process.cwd()): string {
  const here = typeof __dirname === "string" ? __dirname : undefined;
  const found = walkUp(from) ?? (here === undefined ? undefined : walkUp(here));
  if (found === undefined) {
    throw new TemplateNotFoundError(`no templates/ folder found above ${from}; run from inside the repository or pass a folder`);
  }
  return found;
}
