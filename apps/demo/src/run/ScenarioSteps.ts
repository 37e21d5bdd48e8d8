import { type CallOptions, type ErrorBodies, type Operation, type OperationArgs, PlaygroundClientError, type RouteDescriptor } from "@apigw-playground/client";
import { CheckFailedError } from "../errors/CheckFailedError";
import { DemoError } from "../errors/DemoError";
import { StepFailedError } from "../errors/StepFailedError";
import type { RunningStep, RunReporter } from "./reporter";
import type { StepResult } from "./results";
import { captureWire, type WireExchange } from "./wireCapture";

/** Which route a step calls: a client operation, or a route descriptor with its template. */
export interface StepRoute {
  template: string;
  route: Pick<RouteDescriptor, "operationId" | "method" | "path">;
}

/** What a step's body found out. */
export interface StepOutcome<T> {
  value: T;
  /** One sentence for the progress line and the report. */
  detail: string;
  /** The status to report when no HTTP exchange was observed. @default the last exchange's status */
  status?: number;
}

/** An error a step expects: the status, and optionally the error type API Gateway names. */
export interface ExpectedError {
  status: number;
  /** `x-amzn-ErrorType`, e.g. `MissingAuthenticationTokenException`. */
  errorType?: string;
}

/** The status a route answers on success: its first declared 2xx (200 for an undeclared one). */
export function successStatusOf(route: Pick<RouteDescriptor, "responses">): number {
  const declared = Object.keys(route.responses).find((status) => /^2\d\d$/.test(status));
  return declared === undefined ? 200 : Number(declared);
}

/**
 * Runs the steps of one scenario and records each as a {@link StepResult}: its latency, the
 * status that really came back (observed on the wire), whether it is the expected one and what
 * the scenario's check made of the answer. A failed step stops the scenario with a
 * StepFailedError, since later steps build on it.
 */
export class ScenarioSteps {
  readonly results: StepResult[] = [];

  constructor(
    readonly scenario: string,
    private readonly reporter: RunReporter,
  ) {}

  /**
   * Calls a client operation expecting its declared 2xx.
   * @param describe turns the typed answer (and the last exchange, for headers) into the step's detail; throw CheckFailedError when it is wrong
   */
  call<TInput, TOutput, TErrors extends ErrorBodies>(
    step: string,
    operation: Operation<TInput, TOutput, TErrors>,
    input: TInput,
    describe: (output: TOutput, exchange: WireExchange | undefined) => string,
    options?: CallOptions,
  ): Promise<TOutput> {
    return this.run(step, operation, successStatusOf(operation.route), async (exchanges) => {
      const value = await operation(...([input, options] as OperationArgs<TInput>));
      return { value, detail: describe(value, exchanges.at(-1)) };
    });
  }

  /**
   * Calls a client operation expecting it to fail with `expected` (a RouteError or a GatewayError).
   * @param describe turns the error into the step's detail
   */
  expectError<TInput, TOutput, TErrors extends ErrorBodies>(
    step: string,
    operation: Operation<TInput, TOutput, TErrors>,
    input: TInput,
    expected: ExpectedError,
    describe: (error: PlaygroundClientError & { status: number; body: unknown }) => string,
    options?: CallOptions,
  ): Promise<void> {
    return this.run(step, operation, expected.status, async () => {
      const error = await failureOf(() => operation(...([input, options] as OperationArgs<TInput>)));
      return { value: undefined, detail: describe(checkExpectedError(error, expected)) };
    });
  }

  /**
   * Runs one step: `body` does the calls; the step passes when it returns and the last status
   * observed is `expectedStatus`.
   */
  async run<T>(
    step: string,
    target: StepRoute,
    expectedStatus: number,
    body: (exchanges: readonly WireExchange[], update: (text: string) => void) => Promise<StepOutcome<T>>,
  ): Promise<T> {
    const running: RunningStep = { scenario: this.scenario, template: target.template, route: target.route.operationId, step };
    this.reporter.stepStarted(running);
    const exchanges: WireExchange[] = [];
    const started = performance.now();
    let outcome: StepOutcome<T> | undefined;
    let failure: string | undefined;
    try {
      outcome = await captureWire(exchanges, () => body(exchanges, (text) => this.reporter.stepUpdated(running, text)));
    } catch (error) {
      failure = describeFailure(error);
    }
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const status = outcome?.status ?? lastStatus(exchanges);
    if (failure === undefined && status !== expectedStatus) failure = `expected ${expectedStatus}, got ${status ?? "no response"}`;
    const result: StepResult = {
      scenario: this.scenario,
      ...routeFields(target),
      step,
      status,
      expectedStatus,
      latencyMs,
      ok: failure === undefined,
      detail: failure ?? outcome?.detail ?? "",
    };
    this.finish(result, exchanges);
    if (failure !== undefined || outcome === undefined) throw new StepFailedError(result);
    return outcome.value;
  }

  /**
   * Records a failure outside any step (the scenario's own code threw), so that it shows in the
   * results rather than ending the run.
   */
  recordCrash(template: string, error: unknown): void {
    const result: StepResult = {
      scenario: this.scenario,
      template,
      route: "(scenario)",
      method: "",
      path: "",
      step: "scenario",
      status: null,
      expectedStatus: null,
      latencyMs: 0,
      ok: false,
      detail: describeFailure(error),
    };
    this.finish(result, []);
  }

  /** Records a step that does not run here, and why (e.g. it needs --api-key on aws). */
  skip(step: string, target: StepRoute, reason: string): void {
    const result: StepResult = {
      scenario: this.scenario,
      ...routeFields(target),
      step,
      status: null,
      expectedStatus: null,
      latencyMs: 0,
      ok: true,
      skipped: true,
      detail: reason,
    };
    this.finish(result, []);
  }

  private finish(result: StepResult, exchanges: WireExchange[]): void {
    this.results.push(result);
    this.reporter.stepFinished(result, exchanges);
  }
}

/** Where a step's request goes, as its result names it. */
function routeFields(target: StepRoute): Pick<StepResult, "template" | "route" | "method" | "path"> {
  return { template: target.template, route: target.route.operationId, method: target.route.method, path: target.route.path };
}

/** The error `call` rejects with; a CheckFailedError when it resolves instead. */
export async function failureOf(call: () => Promise<unknown>): Promise<unknown> {
  let value: unknown;
  try {
    value = await call();
  } catch (error) {
    return error;
  }
  throw new CheckFailedError(`expected an error, got a success: ${preview(value)}`);
}

/**
 * `error` when it is the expected RouteError or GatewayError.
 * @throws the error itself when it is another kind, CheckFailedError when the status or type differs
 */
export function checkExpectedError(error: unknown, expected: ExpectedError): PlaygroundClientError & { status: number; body: unknown } {
  if (!(error instanceof PlaygroundClientError) || !("status" in error) || typeof error.status !== "number") throw error;
  const failed = error as PlaygroundClientError & { status: number; body: unknown; errorType?: string };
  if (failed.status !== expected.status) throw new CheckFailedError(`expected ${expected.status}, got ${failed.status}: ${failed.message}`);
  if (expected.errorType !== undefined && failed.errorType !== expected.errorType) {
    throw new CheckFailedError(`expected ${expected.errorType}, got ${failed.errorType ?? failed.name}: ${failed.message}`);
  }
  return failed;
}

function lastStatus(exchanges: readonly WireExchange[]): number | null {
  for (let i = exchanges.length - 1; i >= 0; i--) {
    const status = exchanges[i]?.status;
    if (status !== undefined) return status;
  }
  return null;
}

function describeFailure(error: unknown): string {
  if (error instanceof CheckFailedError) return error.message;
  if (error instanceof PlaygroundClientError || error instanceof DemoError) return `${error.name}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** A short JSON view of a value, for messages. */
export function preview(value: unknown, max = 120): string {
  const text = value instanceof Uint8Array ? `<${value.byteLength} bytes>` : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
