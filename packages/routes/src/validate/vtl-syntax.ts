import { checkTemplate } from "@apigw-playground/vtl";

/** A VTL syntax error, 1-based. */
export interface VtlSyntaxError {
  message: string;
  line: number;
  column: number;
}

/**
 * The one place this package checks VTL syntax: `@apigw-playground/vtl`'s `checkTemplate`, so
 * mapping templates are checked by exactly the parser the local gateway runs them with
 * (including unbalanced `#if`/`#foreach`/`#end`, which velocityjs alone accepts).
 */
export function checkVtlSyntax(source: string): VtlSyntaxError | undefined {
  return checkTemplate(source);
}
