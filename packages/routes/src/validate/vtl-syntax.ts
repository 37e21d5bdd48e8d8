import { parse } from "velocityjs";

/** A VTL syntax error, 1-based. Same shape as `checkTemplate` of `@apigw-playground/vtl`. */
export interface VtlSyntaxError {
  message: string;
  line: number;
  column: number;
}

interface JisonError {
  hash?: { loc?: { first_line?: number; first_column?: number } };
}

/**
 * The one place this package checks VTL syntax. It parses with velocityjs, the engine
 * `@apigw-playground/vtl` wraps; switch to that package's `checkTemplate(source)` once it
 * exists, so mapping templates are checked by exactly the parser that runs them.
 */
export function checkVtlSyntax(source: string): VtlSyntaxError | undefined {
  try {
    parse(source);
    return undefined;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const loc = (error as JisonError).hash?.loc;
    const [firstLine = error.message, , , expecting = ""] = error.message.split("\n");
    const message = expecting ? `${firstLine.replace(/:$/, "")}: ${expecting}` : firstLine;
    return { message, line: loc?.first_line ?? 1, column: (loc?.first_column ?? 0) + 1 };
  }
}
