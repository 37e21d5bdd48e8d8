import type { Target } from "../options/demoOptions";

/** One step of a scenario: one call of one route, judged. */
export interface StepResult {
  /** The scenario that ran it: a template's name, or `security`. */
  scenario: string;
  /** The template whose route was called. */
  template: string;
  /** The route's operationId (the client's method name). */
  route: string;
  method: string;
  /** The route's path as the template writes it (`/items/{id}`). */
  path: string;
  /** What this step shows, e.g. `put`, `get after delete`. */
  step: string;
  /** The HTTP status of the (last) response; null when none arrived or the step was skipped. */
  status: number | null;
  /** The status the step expects. */
  expectedStatus: number | null;
  /** Time of the call (signing, sending, reading the answer), in ms. */
  latencyMs: number;
  ok: boolean;
  /** Not run, and why is in `detail` (e.g. needs --api-key on aws). Skipped steps count as neither passed nor failed. */
  skipped?: boolean;
  /** What happened, in a sentence. */
  detail: string;
}

/** The whole run, as `--json` prints it. */
export interface DemoReport {
  target: Target;
  region: string;
  /** ISO 8601. */
  startedAt: string;
  durationMs: number;
  /** How long the local stack took to start (local target only). */
  stackStartMs?: number;
  results: StepResult[];
  summary: { passed: number; failed: number; skipped: number };
  /** Things the reader should know: skipped observations, routes no scenario called. */
  notes: string[];
}

/** Counts of a result list. */
export function summarize(results: readonly StepResult[]): DemoReport["summary"] {
  const skipped = results.filter((result) => result.skipped === true).length;
  const passed = results.filter((result) => result.ok && result.skipped !== true).length;
  return { passed, failed: results.length - passed - skipped, skipped };
}
