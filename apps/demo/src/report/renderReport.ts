import type { DemoReport, StepResult } from "../run/results";
import type { Glyphs } from "./glyphs";
import { renderTable } from "./renderTable";

/** Milliseconds as the table shows them: `2.4 ms`, `37 ms`, `1.52 s`. */
export function formatDuration(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return ms >= 10 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

/** ✔/✘/– (or ok/FAIL/skip) for a result. */
export function verdictOf(result: StepResult, glyphs: Glyphs): string {
  if (result.skipped === true) return glyphs.dim(glyphs.skip);
  return result.ok ? glyphs.green(glyphs.pass) : glyphs.red(glyphs.fail);
}

/** What the template and route columns show: security checks name the template they used. */
export function labelsOf(result: Pick<StepResult, "scenario" | "template" | "route">): [template: string, route: string] {
  return result.scenario === result.template ? [result.template, result.route] : [result.scenario, `${result.template}.${result.route}`];
}

/** The table of results, what failed and why, the notes, and the summary line. */
export function renderReport(report: DemoReport, glyphs: Glyphs): string[] {
  const rows = report.results.map((result) => {
    const [template, route] = labelsOf(result);
    let status = result.status === null ? glyphs.dash : String(result.status);
    if (!result.ok && result.expectedStatus !== null && result.status !== result.expectedStatus) status += ` (want ${result.expectedStatus})`;
    return [template, route, result.step, status, result.skipped ? "" : formatDuration(result.latencyMs), verdictOf(result, glyphs)];
  });
  const lines = renderTable(
    [{ header: "template" }, { header: "route" }, { header: "step" }, { header: "status", align: "right" }, { header: "latency", align: "right" }, { header: "verdict" }],
    rows,
  );
  const failed = report.results.filter((result) => !result.ok);
  if (failed.length > 0) {
    lines.push("", glyphs.bold("Failed:"));
    for (const result of failed) lines.push(`  ${glyphs.red(glyphs.fail)} ${labelsOf(result).join(" ")} (${result.step}): ${glyphs.text(result.detail)}`);
  }
  if (report.notes.length > 0) {
    lines.push("");
    for (const note of report.notes) lines.push(glyphs.dim(glyphs.text(`Note: ${note}`)));
  }
  lines.push("", summaryLine(report, glyphs));
  return lines;
}

/** `✔ 33 passed, 0 failed in 3.41 s (local stack up in 412 ms)`. */
export function summaryLine(report: DemoReport, glyphs: Glyphs): string {
  const { passed, failed, skipped } = report.summary;
  const counts = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
  const timing = `in ${formatDuration(report.durationMs)}${report.stackStartMs === undefined ? "" : ` (local stack up in ${formatDuration(report.stackStartMs)})`}`;
  const where = `${report.target}, ${report.region}`;
  return failed === 0
    ? glyphs.green(`${glyphs.pass} ${counts} ${timing} ${glyphs.dash} ${where}`)
    : glyphs.red(`${glyphs.fail} ${counts} ${timing} ${glyphs.dash} ${where}`);
}
