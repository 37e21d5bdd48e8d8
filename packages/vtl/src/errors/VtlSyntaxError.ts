import { VtlError } from "./VtlError";

/**
 * The template is not valid VTL. API Gateway rejects such a template when it is saved; locally it
 * surfaces when the template is compiled, and answers 500 if a request reaches it anyway.
 */
export class VtlSyntaxError extends VtlError {
  static override readonly kind: string = "VtlSyntaxError";
  /** 1-based line of the offending token. */
  readonly line: number;
  /** 1-based column of the offending token. */
  readonly column: number;
  /** The parser's description, without the position. */
  readonly detail: string;

  constructor(detail: string, line: number, column: number) {
    super(
      "InternalServerErrorException",
      `Invalid mapping template at line ${line}, column ${column}: ${detail}. Fix the template's VTL syntax.`,
    );
    this.detail = detail;
    this.line = line;
    this.column = column;
  }
}
