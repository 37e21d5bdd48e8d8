import type { StepResult } from "./results";
import type { WireExchange } from "./wireCapture";

/** A step that has started and not finished. */
export interface RunningStep {
  scenario: string;
  template: string;
  route: string;
  step: string;
}

/** Where a run reports what it does, as it does it (terminal progress, or nothing with --json). */
export interface RunReporter {
  /** What the target is doing while it gets ready (a resource created, a stack looked up): shown in passing. */
  targetProgress(message: string): void;
  /** The target is ready: a line that stays. */
  targetReady(message: string): void;
  stepStarted(step: RunningStep): void;
  /** Progress inside a long step (polling an execution). */
  stepUpdated(step: RunningStep, text: string): void;
  /** The step's result, and the HTTP exchanges it made. */
  stepFinished(result: StepResult, exchanges: readonly WireExchange[]): void;
}
