import type { RunningStep, RunReporter } from "../run/reporter";
import type { DemoReport, StepResult } from "../run/results";
import type { WireExchange } from "../run/wireCapture";
import { formatExchange } from "./formatExchange";
import type { Glyphs } from "./glyphs";
import { labelsOf, renderReport, verdictOf } from "./renderReport";
import { pad, visibleWidth } from "./renderTable";

/** Where terminal output goes: process.stdout, or a test's collector. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Options of {@link TerminalReporter}. */
export interface TerminalReporterOptions {
  glyphs: Glyphs;
  /** Print each step's requests and responses. @default false */
  verbose?: boolean;
  /** Widths of the template and route columns of step lines. @default 9, 20 */
  widths?: { template: number; route: number };
  /** Milliseconds between spinner frames on a terminal. @default 80 */
  frameMs?: number;
}

/**
 * Progress for people: a line per finished step (with its requests and responses under
 * --verbose). On a terminal a status line under them shows what is running, rewritten in place;
 * anywhere else (a pipe, a file, CI) only whole lines are written, so logs stay readable.
 */
export class TerminalReporter implements RunReporter {
  private readonly running = new Map<RunningStep, string>();
  private readonly live: boolean;
  private status: string | undefined;
  private footerShown = false;
  private frame = 0;
  private timer: NodeJS.Timeout | undefined;
  private finished = 0;

  constructor(
    private readonly out: Output,
    private readonly options: TerminalReporterOptions,
  ) {
    this.live = out.isTTY === true;
  }

  /** Writes lines above the status line. */
  line(text: string): void {
    this.clearFooter();
    this.out.write(`${text}\n`);
    this.drawFooter();
  }

  targetProgress(message: string): void {
    // Only a terminal can show something in passing; a log gets the ready line alone.
    if (!this.live) return;
    this.status = message;
    this.drawFooter();
  }

  targetReady(message: string): void {
    this.status = undefined;
    this.line(this.options.glyphs.text(message));
  }

  stepStarted(step: RunningStep): void {
    this.status = undefined;
    this.running.set(step, "");
    this.drawFooter();
  }

  stepUpdated(step: RunningStep, text: string): void {
    this.running.set(step, text);
    this.drawFooter();
  }

  stepFinished(result: StepResult, exchanges: readonly WireExchange[]): void {
    for (const step of this.running.keys()) {
      if (step.scenario === result.scenario && step.route === result.route && step.step === result.step) this.running.delete(step);
    }
    this.finished++;
    const { glyphs } = this.options;
    const widths = this.options.widths ?? { template: 9, route: 20 };
    const [template, route] = labelsOf(result);
    const lines = [`${pad(verdictOf(result, glyphs), visibleWidth(glyphs.fail))} ${pad(template, widths.template)} ${pad(route, widths.route)} ${result.step} ${glyphs.dash} ${glyphs.text(result.detail)}`];
    if (this.options.verbose === true) for (const exchange of exchanges) lines.push(...formatExchange(exchange, glyphs).map((line) => glyphs.dim(line)));
    this.line(lines.join("\n"));
  }

  /** Prints the final table and summary and stops the status line. */
  finish(report: DemoReport): void {
    this.stop();
    this.out.write(`\n${renderReport(report, this.options.glyphs).join("\n")}\n`);
  }

  /** Removes the status line and stops its timer (also on failure, so the process can exit). */
  stop(): void {
    this.clearFooter();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.running.clear();
    this.status = undefined;
  }

  private footerText(): string | undefined {
    const { glyphs } = this.options;
    const spinner = glyphs.spinner[this.frame % glyphs.spinner.length];
    if (this.running.size === 0) return this.status === undefined ? undefined : glyphs.text(`${spinner} ${this.status}`);
    const names = [...this.running].map(([step, text]) => `${labelsOf(step).join(" ")}${text ? ` (${text})` : ""}`);
    return glyphs.text(`${spinner} ${this.finished} done ${glyphs.dash} running ${names.join(", ")}`);
  }

  private drawFooter(): void {
    if (!this.live) return;
    const text = this.footerText();
    this.clearFooter();
    if (text === undefined) return;
    // Never wider than the terminal: a wrapped status line could not be erased in place.
    const columns = Math.max(20, (this.out.columns || 80) - 1);
    const { glyphs } = this.options;
    const shown = [...text].length > columns ? `${[...text].slice(0, columns - 1).join("")}${glyphs.ellipsis.slice(0, 1)}` : text;
    this.out.write(glyphs.dim(shown));
    this.footerShown = true;
    if (this.timer === undefined) {
      this.timer = setInterval(() => {
        this.frame++;
        this.drawFooter();
      }, this.options.frameMs ?? 80);
      this.timer.unref();
    }
  }

  private clearFooter(): void {
    if (!this.footerShown) return;
    this.out.write("\r\u001b[2K");
    this.footerShown = false;
  }
}
