import { DemoError } from "./DemoError";

/**
 * The target cannot be reached as configured: stacks not deployed, no credentials, CloudFormation
 * refusing the look-up, or the local stack failing to start. The message says what to run.
 */
export class TargetUnavailableError extends DemoError {
  static override readonly kind: string = "TargetUnavailableError";

  constructor(message: string, cause?: unknown) {
    super("TargetUnavailable", message, "client", { exitCode: 1 }, cause);
  }
}
