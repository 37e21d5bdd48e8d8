import { type Fault, PlaygroundError } from "@apigw-playground/errors";

/** Metadata every error of this package carries. */
export interface CodegenErrorMetadata {
  /** The HTTP status an API would answer with for this error. */
  httpStatusCode: number;
}

/**
 * Base class of the errors this package throws. `name` is the error type, `$fault` says whose
 * fault it is; `instanceof` works across duplicate copies of the package (see `PlaygroundError`).
 */
export class CodegenError extends PlaygroundError<CodegenErrorMetadata> {
  static override readonly errorPackage: string = "@apigw-playground/codegen";

  constructor(name: string, message: string, options: { fault: Fault; httpStatusCode: number }) {
    super(name, message, { fault: options.fault, metadata: { httpStatusCode: options.httpStatusCode } });
  }
}
