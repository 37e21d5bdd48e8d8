import { isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { findTemplatesDir, formatProblem, loadTemplates, RoutesError, TemplateProblemsError } from "@apigw-playground/routes";
import { CodegenError } from "../errors/CodegenError";
import { diffGeneratedFiles, type GeneratedFilesDiff, isUpToDate, writeGeneratedFiles } from "../files/syncGeneratedFiles";
import { generateClientModules } from "../generateClientModules";

/** Where the CLI writes; injectable so tests read what a user would see. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /**
   * The directory the user ran the command in: `--out`/`--templates` are relative to it and
   * messages name paths relative to it. pnpm runs scripts in the package folder, so cli.ts
   * passes pnpm's `INIT_CWD`.
   */
  cwd: string;
}

/** The client's generated folder, found from this package's own place in the repository. */
export const defaultOutDir = resolve(__dirname, "..", "..", "..", "client", "src", "generated");

export const USAGE = `Usage: pnpm generate [options]

Generates the typed PlaygroundClient modules (one per templates/<name>/template.yaml, plus
the registry index.ts) into packages/client/src/generated, replacing the files it wrote
before and deleting those it no longer writes.

Options:
  --check            write nothing; exit 1 listing stale, missing and extra files
  --out <dir>        the generated folder (default: packages/client/src/generated)
  --templates <dir>  the templates folder (default: the repository's templates/)
  -h, --help         show this help

Exit status: 0 when written or up to date, 1 when --check finds differences or a
template has problems, 2 on bad usage.`;

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

class UsageError extends Error {}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: false,
      options: {
        check: { type: "boolean" },
        out: { type: "string" },
        templates: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    // parseArgs reports unknown options, positionals and missing values as TypeErrors with an ERR_PARSE_ARGS_* code.
    if ((error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")) throw new UsageError((error as Error).message);
    throw error;
  }
}

/**
 * Runs `generate` (or `generate --check`) and returns its exit code. User errors are one line on
 * stderr, template problems one line each (as `pnpm validate-templates` prints them), never a
 * stack trace.
 */
export function runCli(args: string[], io: CliIo): number {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(args).values;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`generate: ${error.message}`);
    io.stderr("Try --help.");
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const outDir = values.out === undefined ? defaultOutDir : resolve(io.cwd, values.out);
  const shown = (path: string) => displayPath(io.cwd, path);
  try {
    const templatesDir = values.templates === undefined ? findTemplatesDir(io.cwd) : resolve(io.cwd, values.templates);
    const files = generateClientModules(loadTemplates(templatesDir));
    if (values.check) return check(diffGeneratedFiles(outDir, files), shown(outDir), io);
    report(writeGeneratedFiles(outDir, files), shown(outDir), io);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof TemplateProblemsError) {
      io.stderr(`generate: ${error.problems.length === 1 ? "1 problem" : `${error.problems.length} problems`} in API templates; fix them and run again:`);
      for (const problem of error.problems) {
        io.stderr(`  ${formatProblem({ ...problem, template: shown(resolve(process.cwd(), problem.template)) })}`);
      }
      return EXIT.failed;
    }
    if (error instanceof RoutesError) {
      io.stderr(`generate: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof CodegenError) {
      io.stderr(`generate: ${error.message}`);
      return EXIT.failed;
    }
    throw error;
  }
}

function check(diff: GeneratedFilesDiff, outDir: string, io: CliIo): number {
  if (isUpToDate(diff)) {
    io.stdout(`generate --check: ${outDir} is up to date (${diff.unchanged.length} files).`);
    return EXIT.ok;
  }
  io.stderr(`generate --check: ${outDir} does not match the templates:`);
  for (const [label, names] of [
    ["stale", diff.stale],
    ["missing", diff.missing],
    ["extra", diff.extra],
  ] as const) {
    for (const name of names) io.stderr(`  ${label.padEnd(8)}${join(outDir, name)}`);
  }
  io.stderr("Run `pnpm generate` and commit the result.");
  return EXIT.failed;
}

function report(diff: GeneratedFilesDiff, outDir: string, io: CliIo): void {
  if (isUpToDate(diff)) {
    io.stdout(`generate: ${outDir} is up to date (${diff.unchanged.length} files).`);
    return;
  }
  const parts = [];
  const written = [...diff.stale, ...diff.missing].sort();
  if (written.length > 0) parts.push(`wrote ${written.join(", ")}`);
  if (diff.extra.length > 0) parts.push(`deleted ${diff.extra.join(", ")}`);
  io.stdout(`generate: ${parts.join("; ")} in ${outDir} (${diff.unchanged.length} unchanged).`);
}

/** A path as the user would type it from `cwd`: relative when it is below it. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
