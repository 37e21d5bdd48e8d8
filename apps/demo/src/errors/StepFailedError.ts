import type { StepResult } from "../run/results";
import { DemoError } from "./DemoError";

/** A step failed and was recorded; the steps after it in the same scenario depend on it, so the scenario stops. */
export class StepFailedError extends DemoError {
  static override readonly kind: string = "StepFailedError";

  readonly result: StepResult;

  constructor(result: StepResult) {
    super("StepFailed", `${result.template}.${result.route} (${result.step}) failed: ${result.detail}`, "server", { exitCode: 1 });
    this.result = result;
  }
}
