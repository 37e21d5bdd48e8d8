import type { RunningStep, RunReporter } from "../run/reporter";
import type { StepResult } from "../run/results";
import type { WireExchange } from "../run/wireCapture";
import { formatExchange } from "./formatExchange";
import type { Glyphs } from "./glyphs";
import type { Output } from "./TerminalReporter";

/**
 * Progress under --json: stdout carries the results document alone, so nothing is written while
 * the run goes, except --verbose's requests and responses, which go to `diagnostics` (stderr).
 */
export class JsonReporter implements RunReporter {
  constructor(
    private readonly diagnostics: Output,
    private readonly glyphs: Glyphs,
    private readonly verbose: boolean,
  ) {}

  targetProgress(_message: string): void {}

  targetReady(message: string): void {
    if (this.verbose) this.diagnostics.write(`${message}\n`);
  }

  stepStarted(_step: RunningStep): void {}

  stepUpdated(_step: RunningStep, _text: string): void {}

  stepFinished(result: StepResult, exchanges: readonly WireExchange[]): void {
    if (!this.verbose) return;
    const lines = [`${result.ok ? this.glyphs.pass : this.glyphs.fail} ${result.template} ${result.route} (${result.step}): ${result.detail}`];
    for (const exchange of exchanges) lines.push(...formatExchange(exchange, this.glyphs));
    this.diagnostics.write(`${lines.join("\n")}\n`);
  }
}
