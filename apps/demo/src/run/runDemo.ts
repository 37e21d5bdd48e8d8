import { randomBytes } from "node:crypto";
import { basename, dirname } from "node:path";
import type { GatewayLogger } from "@apigw-playground/gateway";
import { findTemplatesDir, listTemplateFiles, loadTemplate, type TemplateModel } from "@apigw-playground/routes";
import { StepFailedError } from "../errors/StepFailedError";
import type { DemoOptions } from "../options/demoOptions";
import { checkNames, selectTemplates } from "../options/selectTemplates";
import { scenarios } from "../scenarios/index";
import { runSecurityChecks } from "../scenarios/security";
import type { DemoTarget } from "../target/DemoTarget";
import { openAwsTarget } from "../target/openAwsTarget";
import { openLocalTarget } from "../target/openLocalTarget";
import type { RunReporter } from "./reporter";
import { type DemoReport, type StepResult, summarize } from "./results";
import { ScenarioSteps } from "./ScenarioSteps";
import { observeWire } from "./wireCapture";

/** Where a run reports to and reads from. */
export interface RunDemoIo {
  /** Progress as it happens. @default nothing is reported */
  reporter?: RunReporter;
  /** The local gateway's execution log. @default dropped */
  logger?: GatewayLogger;
  /** The folder of templates. @default findTemplatesDir() */
  templatesDir?: string;
  /** Environment of the aws target's credential chain. @default process.env */
  env?: NodeJS.ProcessEnv;
}

const silentReporter: RunReporter = { targetProgress() {}, targetReady() {}, stepStarted() {}, stepUpdated() {}, stepFinished() {} };
const silentLogger: GatewayLogger = { info() {}, warn() {}, error() {} };

/**
 * Runs the demo: opens the target (starts the local stack, or finds the deployed stacks), runs
 * every selected template's scenario and the security checks concurrently through the typed
 * client, and returns the results. Failed steps are results, not exceptions.
 *
 * @example
 * const report = await runDemo({ ...DEMO_DEFAULTS, only: ["dynamodb"] });
 * report.summary; // { passed: 7, failed: 0, skipped: 0 }
 * @throws UsageError for unknown template names in `only` or `stacks`
 * @throws TargetUnavailableError when the target cannot be reached (what to run is in the message)
 */
export async function runDemo(options: DemoOptions, io: RunDemoIo = {}): Promise<DemoReport> {
  const startedAt = new Date();
  const started = performance.now();
  const reporter = io.reporter ?? silentReporter;
  const files = listTemplateFiles(io.templatesDir ?? findTemplatesDir());
  // A template's name is its folder, as the route loader names it.
  const available = files.map((file) => ({ name: basename(dirname(file)), file }));
  const selected = selectTemplates(available, options.only);
  checkNames(available, Object.keys(options.stacks), "--stack");

  const target: DemoTarget =
    options.target === "local"
      ? await openLocalTarget({ templates: selected.map((template) => template.name), region: options.region, reporter, logger: io.logger ?? silentLogger })
      : await openAwsTarget({
          templates: selected.map((template) => loadTemplate(template.file, { region: options.region })),
          region: options.region,
          stacks: options.stacks,
          reporter,
          ...(options.profile === undefined ? {} : { profile: options.profile }),
          ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
          ...(io.env === undefined ? {} : { env: io.env }),
        });

  const stopObserving = observeWire();
  let results: StepResult[];
  const notes = [...target.notes];
  try {
    const runId = randomBytes(4).toString("hex");
    const security = new ScenarioSteps("security", reporter);
    // Scenarios touch different APIs and resources, so they run side by side; so do the checks.
    const [perTemplate, securityNotes] = await Promise.all([
      Promise.all(target.templates.map((model) => runScenario(model, target, runId, reporter))),
      runSecurityChecks({ client: target.client, wrongSecretClient: target.wrongSecretClient, steps: security, templates: target.templates }),
    ]);
    results = [...perTemplate.flat(), ...security.results];
    notes.push(...securityNotes, ...uncalledRoutes(target.templates, results));
  } finally {
    stopObserving();
    await target.close();
  }

  return {
    target: options.target,
    region: options.region,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    ...(options.target === "local" ? { stackStartMs: Math.round(target.readyMs) } : {}),
    results,
    summary: summarize(results),
    notes,
  };
}

async function runScenario(model: TemplateModel, target: DemoTarget, runId: string, reporter: RunReporter): Promise<StepResult[]> {
  const steps = new ScenarioSteps(model.name, reporter);
  const scenario = scenarios[model.name];
  if (scenario === undefined) {
    steps.recordCrash(model.name, new Error(`no scenario for template ${model.name}: add one in apps/demo/src/scenarios/ and register it in index.ts`));
    return steps.results;
  }
  try {
    await scenario({
      client: target.client,
      steps,
      model,
      target: target.kind,
      runId,
      ...(target.apiKey === undefined ? {} : { apiKey: target.apiKey }),
      ...(target.local === undefined ? {} : { local: target.local }),
    });
  } catch (error) {
    // A failed step is already recorded; anything else is the scenario's own failure.
    if (!(error instanceof StepFailedError)) steps.recordCrash(model.name, error);
  }
  return steps.results;
}

/** A note naming the routes of the model that no step called, if any. */
function uncalledRoutes(templates: readonly TemplateModel[], results: readonly StepResult[]): string[] {
  const called = new Set(results.map((result) => `${result.template}.${result.route}`));
  const missing = templates.flatMap((template) =>
    template.apis.flatMap((api) => api.routes.map((route) => `${template.name}.${route.operationId}`)).filter((name) => !called.has(name)),
  );
  return missing.length === 0 ? [] : [`Routes no step called: ${missing.join(", ")}.`];
}
