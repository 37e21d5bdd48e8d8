import { DemoError } from "./DemoError";

/** The command line asks for something the demo cannot do (unknown flag, unknown template, bad value). Exit code 2. */
export class UsageError extends DemoError {
  static override readonly kind: string = "UsageError";

  constructor(message: string, cause?: unknown) {
    super("ValidationException", message, "client", { exitCode: 2 }, cause);
  }
}
