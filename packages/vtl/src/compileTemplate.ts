import { parse } from "velocityjs";
import { checkBlocks } from "./checkBlocks";
import type { AstItem } from "./engine/ast";
import { gobbleSetWhitespace } from "./engine/gobbleSetWhitespace";
import { VtlSyntaxError } from "./errors/VtlSyntaxError";

/** A parsed mapping template, ready to render any number of times. */
export class CompiledTemplate {
  /** @internal velocityjs's AST; shared by every render, never modified. */
  readonly asts: AstItem[];

  constructor(
    /** The template text. */
    readonly source: string,
  ) {
    const problem = checkBlocks(source);
    if (problem !== undefined) throw new VtlSyntaxError(problem.message, problem.line, problem.column);
    try {
      this.asts = gobbleSetWhitespace(parse(source) as AstItem[]);
    } catch (e) {
      throw toSyntaxError(e);
    }
  }
}

/** How many compiled templates {@link compileTemplate} keeps. @default 1000 */
export const TEMPLATE_CACHE_LIMIT = 1000;

const cache = new Map<string, CompiledTemplate>();

/**
 * Parses a mapping template once and caches it by its text (least recently used templates are
 * dropped beyond {@link TEMPLATE_CACHE_LIMIT}), so rendering never re-parses.
 *
 * @throws VtlSyntaxError with the line and column of the problem
 * @example const t = compileTemplate(`{"id": "$input.params('id')"}`); renderTemplate(t, input);
 */
export function compileTemplate(source: string): CompiledTemplate {
  const cached = cache.get(source);
  if (cached !== undefined) {
    // Re-insert to mark it most recently used (Map iterates in insertion order).
    cache.delete(source);
    cache.set(source, cached);
    return cached;
  }
  const compiled = new CompiledTemplate(source);
  if (cache.size >= TEMPLATE_CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(source, compiled);
  return compiled;
}

/**
 * Validates a template without throwing: the first syntax problem with its 1-based line and column,
 * or undefined when the template parses.
 */
export function checkTemplate(source: string): { message: string; line: number; column: number } | undefined {
  try {
    compileTemplate(source);
    return undefined;
  } catch (e) {
    if (e instanceof VtlSyntaxError) return { message: e.detail, line: e.line, column: e.column };
    throw e;
  }
}

interface JisonError {
  message: string;
  hash?: { loc?: { first_line: number; first_column: number }; text?: string; expected?: string[] };
}

function toSyntaxError(e: unknown): VtlSyntaxError {
  const error = e as JisonError;
  const loc = error.hash?.loc;
  const expected = error.hash?.expected?.map((t) => t.replace(/'/g, "")).slice(0, 8);
  const got = error.hash?.text;
  const detail =
    got !== undefined && expected !== undefined
      ? `unexpected ${JSON.stringify(got)}, expected ${expected.join(", ")}`
      : String(error.message ?? e).split("\n")[0] ?? "parse error";
  return new VtlSyntaxError(detail, loc?.first_line ?? 1, (loc?.first_column ?? 0) + 1);
}
