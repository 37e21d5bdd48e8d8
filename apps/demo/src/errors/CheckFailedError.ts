import { DemoError } from "./DemoError";

/** A step got an answer, but not the one the scenario shows (wrong bytes, missing item, unexpected status). */
export class CheckFailedError extends DemoError {
  static override readonly kind: string = "CheckFailedError";

  constructor(message: string) {
    super("CheckFailed", message, "server", { exitCode: 1 });
  }
}
