import type { StepResult } from "../run/results";
import { chooseGlyphs } from "./glyphs";
import { TerminalReporter } from "./TerminalReporter";

const step = { scenario: "sfn", template: "sfn", route: "describeExecution", step: "follow to completion" };
const finished: StepResult = { ...step, method: "GET", path: "/executions/{executionId}", status: 200, expectedStatus: 200, latencyMs: 2010, ok: true, detail: "SUCCEEDED" };

function collector(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, out: { isTTY, columns: 60, write: (text: string) => writes.push(text) } };
}

describe("TerminalReporter", () => {
  it("writes whole lines only when the output is not a terminal", () => {
    const { writes, out } = collector(false);
    const reporter = new TerminalReporter(out, { glyphs: chooseGlyphs(out, {}) });
    reporter.targetProgress("sfn: created AWS::StepFunctions::StateMachine");
    reporter.targetReady("local stack up");
    reporter.stepStarted(step);
    reporter.stepUpdated(step, "RUNNING (poll 2)");
    reporter.stepFinished(finished, []);
    reporter.stop();
    expect(writes.join("")).toBe("local stack up\nok   sfn       describeExecution    follow to completion - SUCCEEDED\n");
  });

  it("keeps a status line of running steps on a terminal, erased before each line", () => {
    const { writes, out } = collector(true);
    const reporter = new TerminalReporter(out, { glyphs: chooseGlyphs(out, { LANG: "C.UTF-8", NO_COLOR: "1" }) });
    reporter.stepStarted(step);
    reporter.stepUpdated(step, "RUNNING (poll 2)");
    reporter.stepFinished(finished, []);
    reporter.stop();
    expect(writes).toEqual([
      "⠋ 0 done — running sfn describeExecution",
      "\r\u001b[2K",
      "⠋ 0 done — running sfn describeExecution (RUNNING (poll 2))",
      "\r\u001b[2K",
      "✔ sfn       describeExecution    follow to completion — SUCCEEDED\n",
    ]);
  });

  it("never lets the status line wrap, so that it can be erased in place", () => {
    const { writes, out } = collector(true);
    const reporter = new TerminalReporter(out, { glyphs: chooseGlyphs(out, { LANG: "C.UTF-8", NO_COLOR: "1" }) });
    reporter.stepStarted(step);
    reporter.stepUpdated(step, "a very long progress text that goes on and on past the edge of the terminal");
    reporter.stop();
    expect(writes[2]).toHaveLength(59);
    expect(writes[2]?.endsWith("…")).toBe(true);
  });
});
