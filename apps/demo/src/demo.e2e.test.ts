import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { findTemplatesDir, loadTemplates, type TemplateModel } from "@apigw-playground/routes";
import { DEMO_DEFAULTS } from "./options/demoOptions";
import type { DemoReport, StepResult } from "./run/results";
import { runDemo } from "./run/runDemo";

// End to end against the real local stack: the in-process API and one `pnpm demo --json` as a child process.
const packageDir = join(__dirname, "..");
const models: TemplateModel[] = loadTemplates(findTemplatesDir());
const templateNames = models.map((model) => model.name);

function securityResult(report: DemoReport, step: string): StepResult | undefined {
  return report.results.find((result) => result.scenario === "security" && result.step === step);
}

describe("runDemo against the local stack", () => {
  let report: DemoReport;
  beforeAll(async () => {
    report = await runDemo({ ...DEMO_DEFAULTS });
  }, 60_000);

  it("runs a scenario for every template of the route model", () => {
    expect([...new Set(report.results.filter((result) => result.scenario !== "security").map((result) => result.template))]).toEqual(templateNames);
  });

  it("passes every step", () => {
    expect(report.results.filter((result) => !result.ok)).toEqual([]);
    expect(report.summary).toEqual({ passed: report.results.length, failed: 0, skipped: 0 });
  });

  it("calls every route of every template", () => {
    const called = new Set(report.results.map((result) => `${result.template}.${result.route}`));
    const routes = models.flatMap((model) => model.apis.flatMap((api) => api.routes.map((route) => `${model.name}.${route.operationId}`)));
    expect(routes.filter((route) => !called.has(route))).toEqual([]);
    expect(report.notes).toEqual([]);
  });

  it("records the status that came back and the route it came from", () => {
    const deleted = report.results.find((result) => result.template === "s3" && result.route === "deleteObject");
    expect(deleted).toMatchObject({ method: "DELETE", path: "/objects/{key+}", status: 204, expectedStatus: 204, ok: true });
    const missing = report.results.find((result) => result.template === "dynamodb" && result.step === "get after delete");
    expect(missing).toMatchObject({ route: "getItem", status: 404, ok: true });
    // A binary download of a missing key is still a JSON 404 (the template's CONVERT_TO_TEXT).
    expect(report.results.find((result) => result.template === "s3" && result.step === "get after delete")).toMatchObject({ route: "getObject", status: 404, ok: true });
    expect(report.results.find((result) => result.template === "mock" && result.step === "status 404")).toMatchObject({ status: 404, ok: true });
  });

  it("shows API Gateway refusing unsigned, wrongly signed and invalid requests", () => {
    expect(securityResult(report, "unsigned request")).toMatchObject({ status: 403, ok: true });
    expect(securityResult(report, "unsigned request")?.detail).toContain("MissingAuthenticationToken");
    expect(securityResult(report, "wrong secret")).toMatchObject({ status: 403, ok: true });
    expect(securityResult(report, "wrong secret")?.detail).toContain("InvalidSignatureException");
    expect(securityResult(report, "bad body")).toMatchObject({ status: 400, ok: true });
  });

  it("shows the local backends' own records next to the answers", () => {
    expect(report.results.find((result) => result.route === "listDeliveries")?.detail).toContain("local EventBridge");
    expect(report.results.find((result) => result.route === "publishMessage")?.detail).toMatch(/local SNS saw Publish to \S+ with attributes kind, runId/);
  });

  it("reports how long the local stack took to start", () => {
    expect(report.stackStartMs).toBeGreaterThan(0);
    expect(report.stackStartMs).toBeLessThan(report.durationMs);
  });
});

describe("pnpm demo --json in a child process", () => {
  it("prints only the results document on stdout and exits 0", () => {
    const child = spawnSync(process.execPath, [join(packageDir, "bin", "demo.cjs"), "--json"], { cwd: packageDir, encoding: "utf8", timeout: 60_000 });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    const document = JSON.parse(child.stdout) as DemoReport;
    expect(document).toMatchObject({ target: "local", region: "us-east-1", summary: { failed: 0 } });
    expect(new Date(document.startedAt).toISOString()).toBe(document.startedAt);
    expect(document.durationMs).toBeGreaterThan(0);
    for (const result of document.results) {
      expect(Object.keys(result)).toEqual(expect.arrayContaining(["template", "route", "method", "path", "status", "latencyMs", "ok", "detail"]));
      expect(result.ok).toBe(true);
    }
    expect(new Set(document.results.map((result) => result.template))).toEqual(new Set(templateNames));
    const security = Object.fromEntries(document.results.filter((result) => result.scenario === "security").map((result) => [result.step, result.status]));
    expect(security).toMatchObject({ "unsigned request": 403, "wrong secret": 403, "bad body": 400 });
    expect(document.summary.passed).toBe(document.results.length);
  }, 60_000);
});
