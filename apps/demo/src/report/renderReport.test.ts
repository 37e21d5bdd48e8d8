import type { DemoReport, StepResult } from "../run/results";
import { chooseGlyphs } from "./glyphs";
import { formatDuration, renderReport } from "./renderReport";

const ascii = chooseGlyphs({ isTTY: false }, {});

function result(overrides: Partial<StepResult>): StepResult {
  return { scenario: "dynamodb", template: "dynamodb", route: "getItem", method: "GET", path: "/items/{id}", step: "get it back", status: 200, expectedStatus: 200, latencyMs: 3.2, ok: true, detail: "found", ...overrides };
}

describe("formatDuration", () => {
  it("shows short times with a decimal, longer ones rounded, seconds past one", () => {
    expect([formatDuration(3.24), formatDuration(37.6), formatDuration(1520)]).toEqual(["3.2 ms", "38 ms", "1.52 s"]);
  });
});

describe("renderReport", () => {
  const report: DemoReport = {
    target: "local",
    region: "us-east-1",
    startedAt: "2026-01-01T00:00:00.000Z",
    durationMs: 3410,
    stackStartMs: 412,
    results: [
      result({}),
      result({ route: "deleteItem", step: "delete it", status: 500, expectedStatus: 200, ok: false, detail: "expected 200, got 500" }),
      result({ scenario: "security", template: "mock", route: "getHello", step: "unsigned request", status: 403, expectedStatus: 403 }),
      result({ scenario: "mock", template: "mock", route: "getPremium", step: "with the API key", status: null, expectedStatus: null, skipped: true, detail: "skipped" }),
    ],
    summary: { passed: 2, failed: 1, skipped: 1 },
    notes: ["a note"],
  };

  it("ends with the table, the failures, the notes and the summary", () => {
    expect(renderReport(report, ascii)).toEqual([
      "template  route          step                      status  latency  verdict",
      "--------  -------------  ----------------  --------------  -------  -------",
      "dynamodb  getItem        get it back                  200   3.2 ms  ok",
      "dynamodb  deleteItem     delete it         500 (want 200)   3.2 ms  FAIL",
      "security  mock.getHello  unsigned request             403   3.2 ms  ok",
      "mock      getPremium     with the API key               -           skip",
      "",
      "Failed:",
      "  FAIL dynamodb deleteItem (delete it): expected 200, got 500",
      "",
      "Note: a note",
      "",
      "FAIL 2 passed, 1 failed, 1 skipped in 3.41 s (local stack up in 412 ms) - local, us-east-1",
    ]);
  });
});
