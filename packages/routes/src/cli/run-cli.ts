import { isAbsolute, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { RoutesError } from "../errors/RoutesError";
import { checkTemplate, type TemplateCheck } from "../load/check-template";
import { findTemplatesDir } from "../load/find-templates-dir";
import { listTemplateFiles } from "../load/load-templates";
import type { Problem } from "../model";
import { formatProblem } from "../problems/format-problem";
import { templateName } from "../load/template-name";

/** Where the CLI writes; injectable so tests read what a user would see. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /**
   * The directory the user ran the command in: file arguments are relative to it, and problems
   * name files relative to it. `pnpm --filter` runs scripts in the package folder, so cli.ts
   * passes pnpm's `INIT_CWD`.
   */
  cwd: string;
}

export const USAGE = `Usage: pnpm validate-templates [options] [template.yaml ...]

Loads SAM templates into the route model and lists every problem: unresolvable
intrinsics and what API Gateway would reject in the OpenAPI body. Without files,
checks every templates/*/template.yaml of the repository.

Options:
  --param Name=Value  parameter override for every template (repeatable)
  --json              print the result as JSON
  -h, --help          show this help

Exit status: 0 when every template is valid, 1 when any has problems, 2 on bad usage.`;

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

class UsageError extends Error {}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" }, param: { type: "string", multiple: true } },
    });
  } catch (error) {
    // parseArgs reports unknown options and missing values as TypeErrors with an ERR_PARSE_ARGS_* code.
    if ((error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")) throw new UsageError((error as Error).message);
    throw error;
  }
}

function parameterOverrides(params: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const param of params ?? []) {
    const eq = param.indexOf("=");
    if (eq <= 0) throw new UsageError(`--param expects Name=Value, got "${param}"`);
    out[param.slice(0, eq)] = param.slice(eq + 1);
  }
  return out;
}

function summary(name: string, result: TemplateCheck): string {
  const apis = result.model?.apis ?? [];
  const routes = apis.reduce((count, api) => count + api.routes.length, 0);
  const apiList = apis.length === 0 ? "no API" : `${apis.length} API${apis.length === 1 ? "" : "s"} (${apis.map((a) => a.logicalId).join(", ")})`;
  const problems = result.problems.length === 0 ? "" : `, ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`;
  return `${result.problems.length === 0 ? "ok  " : "FAIL"} ${name}: ${apiList}, ${routes} route${routes === 1 ? "" : "s"}${problems}`;
}

/**
 * Runs `validate-templates` and returns its exit code. User errors (unknown options, missing
 * files) are one line on stderr, never a stack trace.
 */
export function runCli(args: string[], io: CliIo): number {
  try {
    const { values, positionals } = parse(args);
    if (values.help) {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    const parameters = parameterOverrides(values.param);
    const files = positionals.length > 0 ? positionals.map((file) => resolve(io.cwd, file)) : listTemplateFiles(findTemplatesDir(io.cwd));
    if (files.length === 0) throw new UsageError("no templates found (templates/<name>/template.yaml); pass template files as arguments");
    const results = files.map((file) => ({ file, name: templateName(file), result: relativeTo(io.cwd, file, checkTemplate(file, { parameters })) }));
    const problems: Problem[] = results.flatMap(({ result }) => result.problems);
    if (values.json) {
      io.stdout(JSON.stringify({ ok: problems.length === 0, templates: results.map(jsonSummary) }, null, 2));
    } else {
      for (const { name, result } of results) {
        io.stdout(summary(name, result));
        for (const problem of result.problems) io.stdout(`  ${formatProblem(problem)}`);
      }
    }
    return problems.length === 0 ? EXIT.ok : EXIT.problems;
  } catch (error) {
    if (error instanceof UsageError || error instanceof RoutesError) {
      io.stderr(`validate-templates: ${error.message}`);
      io.stderr("Try --help.");
      return EXIT.usage;
    }
    throw error;
  }
}

/** Problems name the template as the user sees it from where they ran the command. */
function relativeTo(cwd: string, file: string, result: TemplateCheck): TemplateCheck {
  const rel = relative(cwd, file);
  const shown = rel.startsWith("..") || isAbsolute(rel) ? file : rel;
  return { ...result, problems: result.problems.map((problem) => ({ ...problem, template: shown })) };
}

function jsonSummary({ name, file, result }: { name: string; file: string; result: TemplateCheck }) {
  return {
    name,
    file,
    apis: (result.model?.apis ?? []).map((api) => ({
      logicalId: api.logicalId,
      title: api.title,
      stageName: api.stageName,
      routes: api.routes.map((route) => ({ operationId: route.operationId, method: route.method, path: route.path })),
    })),
    problems: result.problems,
  };
}
