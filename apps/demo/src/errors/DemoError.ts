import { type Fault, PlaygroundError } from "@apigw-playground/errors";

/** What the demo knows about a failure: the exit code it ends the process with. */
export interface DemoErrorMetadata {
  /** 2 for bad usage, 1 for everything else. */
  exitCode: number;
}

/**
 * Base class of every error the demo raises itself. `message` is one plain sentence for the
 * terminal that says what went wrong and what to do; `name` is an AWS-style error type;
 * `instanceof` works across duplicate copies of the package (see `PlaygroundError`).
 */
export class DemoError extends PlaygroundError<DemoErrorMetadata> {
  static override readonly errorPackage: string = "@apigw-playground/demo";
  static override readonly kind: string = "DemoError";

  constructor(name: string, message: string, fault: Fault, metadata: DemoErrorMetadata, cause?: unknown) {
    super(name, message, { fault, metadata, cause });
  }
}
