import { randomUUID } from "node:crypto";
import { createAwsJsonListener, type JsonInput } from "../http/awsJsonProtocol";
import { optionalInteger, optionalString } from "../http/jsonInput";
import { ValidationError } from "../errors/ValidationError";
import { resolveBackendOptions } from "../options";
import type { PeerOptions, Peers, StatesDeliveryInput } from "../peers";
import { newRequestLog, serveBackend } from "../serveBackend";
import type { Backend, BackendOptions } from "../types";
import { type Engine, loadEngine } from "./loadEngine";
import {
  executionAlreadyExists,
  executionDoesNotExist,
  invalidArn,
  invalidDefinition,
  invalidExecutionInput,
  invalidName,
  stateMachineAlreadyExists,
  stateMachineDoesNotExist,
  stateMachineTypeNotSupported,
} from "./statesErrors";
import { taskHandlers } from "./taskHandlers";
import { sharedDefinitionValidator } from "./validateDefinition";
import { scaledWaits } from "./walkStates";

/** Options of the local Step Functions backend. */
export interface StepFunctionsOptions extends BackendOptions, PeerOptions {
  /**
   * Test-only: multiplies the duration of `Wait` states that use `Seconds` (0.01 makes a 10 s wait
   * last 100 ms). Waits keep their real length by default.
   * @default 1
   */
  waitTimeScale?: number;
}

/** The local Step Functions backend. */
export interface StepFunctionsBackend extends Backend {
  service: "states";
  /** Starts an execution on behalf of another backend (an EventBridge target); recorded as a StartExecution `via` the sender. */
  deliver(stateMachineArn: string, input: StatesDeliveryInput): { executionArn: string };
  /** Resolves when the execution has finished (any terminal status) and returns its DescribeExecution view. */
  waitForExecution(executionArn: string, timeoutMs?: number): Promise<ExecutionView>;
}

/** DescribeExecution's answer. */
export interface ExecutionView {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  startDate: number;
  stopDate?: number;
  input: string;
  inputDetails: { included: boolean };
  output?: string;
  outputDetails?: { included: boolean };
  error?: string;
  cause?: string;
}

type ExecutionStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED";
type MachineType = "STANDARD" | "EXPRESS";

interface StateMachineRecord {
  arn: string;
  name: string;
  definition: string;
  parsed: unknown;
  roleArn: string;
  type: MachineType;
  creationDate: number;
}

interface ExecutionRecord {
  view: ExecutionView;
  abort?: () => void;
  finished: Promise<void>;
}

/**
 * Names: 1–80 characters, none of whitespace, brackets, wildcards, `"#%\^|~`$&,;:/` or control
 * characters (CreateStateMachine / StartExecution reference).
 */
function isValidName(name: string): boolean {
  if (name.length < 1 || name.length > 80) return false;
  for (const character of name) {
    const code = character.codePointAt(0)!;
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return false;
  }
  return !/[\s<>{}[\]?*"#%\\^|~`$&,;:/]/.test(name);
}

/**
 * Starts a local Step Functions speaking AWS JSON 1.0 (`X-Amz-Target: AWSStepFunctions.<Action>`).
 * Definitions are validated and executed by aws-local-stepfunctions (Pass, Choice, Wait, Map,
 * Parallel, Succeed, Fail, intrinsic functions); Task states run the SQS/SNS integrations locally
 * and fail any other resource. StartSyncExecution (the `sync-states` host on AWS) is served on
 * the same endpoint, for EXPRESS state machines only.
 */
export async function startStepFunctions(options: StepFunctionsOptions = {}): Promise<StepFunctionsBackend> {
  const { region, accountId } = resolveBackendOptions(options);
  const peers: Peers = options.peers ?? {};
  const waitTimeScale = options.waitTimeScale ?? 1;
  const log = newRequestLog("states");
  const machines = new Map<string, StateMachineRecord>();
  const executions = new Map<string, ExecutionRecord>();
  const validated = new Set<string>();
  // One validator thread per process: its compiled schemas serve every backend started here
  // (tests and restarts start many), and it is compiled while this stack starts.
  const validator = sharedDefinitionValidator();

  const requireMachine = (arn: string): StateMachineRecord => {
    if (!/^arn:aws[\w-]*:states:[\w-]+:\d{12}:stateMachine:.+$/.test(arn)) throw invalidArn(arn);
    const machine = machines.get(arn);
    if (machine === undefined) throw stateMachineDoesNotExist(arn);
    return machine;
  };
  const requireExecution = (arn: string): ExecutionRecord => {
    if (!/^arn:aws[\w-]*:states:[\w-]+:\d{12}:(express|execution):.+$/.test(arn)) throw invalidArn(arn);
    const execution = executions.get(arn);
    if (execution === undefined) throw executionDoesNotExist(arn);
    return execution;
  };

  const executionArnFor = (machine: StateMachineRecord, name: string) =>
    machine.type === "EXPRESS"
      ? `arn:aws:states:${region}:${accountId}:express:${machine.name}:${name}:${randomUUID()}`
      : `arn:aws:states:${region}:${accountId}:execution:${machine.name}:${name}`;

  /** Registers a RUNNING execution at once and runs it in the background; `finished` settles when it closes. */
  const startExecution = (machine: StateMachineRecord, name: string, input: string, executionArn = executionArnFor(machine, name)): ExecutionRecord => {
    const startDate = Date.now();
    const view: ExecutionView = {
      executionArn,
      stateMachineArn: machine.arn,
      name,
      status: "RUNNING",
      startDate: epochSeconds(startDate),
      input,
      inputDetails: { included: true },
    };
    const record: ExecutionRecord = { view, finished: Promise.resolve() };
    executions.set(executionArn, record);
    record.finished = loadEngine().then(
      (engine) => runExecution(engine, machine, record, startDate),
      (error: unknown) => {
        // The engine could not be loaded: the execution fails as a runtime error instead of hanging in RUNNING.
        Object.assign(record.view, { status: "FAILED", error: "States.Runtime", cause: String(error), stopDate: epochSeconds(Date.now()) });
      },
    );
    return record;
  };

  const runExecution = async (engine: Engine, machine: StateMachineRecord, record: ExecutionRecord, startDate: number): Promise<void> => {
    const finish = (fields: Partial<ExecutionView>) => {
      // StopExecution may have closed the execution already; the first ending wins.
      if (record.view.status !== "RUNNING") return;
      Object.assign(record.view, fields, { stopDate: epochSeconds(Date.now()) });
    };
    try {
      // Validated once by CreateStateMachine; validating again costs ~100 ms per execution (asl-validator compiles its schemas each time).
      const stateMachine = new engine.StateMachine(machine.parsed as never, { validationOptions: { noValidate: true } });
      const input = JSON.parse(record.view.input);
      const run = stateMachine.run(input, {
        overrides: {
          taskResourceLocalHandlers: taskHandlers(machine.parsed, peers, region) as never,
          waitTimeOverrides: scaledWaits(machine.parsed, waitTimeScale),
        },
        context: {
          Execution: { Id: record.view.executionArn, Name: record.view.name, StartTime: new Date(startDate).toISOString(), Input: input, RoleArn: machine.roleArn },
          StateMachine: { Id: machine.arn, Name: machine.name },
        },
      });
      record.abort = run.abort;
      const output = await run.result;
      finish({ status: "SUCCEEDED", output: JSON.stringify(output), outputDetails: { included: true } });
    } catch (error) {
      if (error instanceof engine.ExecutionAbortedError) finish({ status: "ABORTED" });
      else if (error instanceof engine.ExecutionTimeoutError) finish({ status: "TIMED_OUT", error: "States.Timeout", cause: "" });
      else {
        // ExecutionError carries the state's error as its cause: its name is the Step Functions error, its message the cause.
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error instanceof Error ? error : new Error(String(error));
        finish({ status: "FAILED", error: cause.name, cause: cause.message });
      }
    }
  };

  const operations = {
    CreateStateMachine: async (input: JsonInput) => {
      const name = requiredMember(input, "name");
      if (!isValidName(name)) throw invalidName(name);
      const definition = requiredMember(input, "definition");
      const roleArn = requiredMember(input, "roleArn");
      if (!/^arn:aws[\w-]*:iam::\d{12}:role\/.+$/.test(roleArn)) throw invalidArn(roleArn);
      const type = (optionalString(input, "type", typeMismatch) ?? "STANDARD") as MachineType;
      if (type !== "STANDARD" && type !== "EXPRESS") {
        throw new ValidationError(`1 validation error detected: Value '${type}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [EXPRESS, STANDARD]`);
      }
      const parsed = await validateDefinition(definition);
      const arn = `arn:aws:states:${region}:${accountId}:stateMachine:${name}`;
      const existing = machines.get(arn);
      if (existing) {
        // Same name, definition, role and type is idempotent; anything else conflicts.
        if (existing.definition === definition && existing.roleArn === roleArn && existing.type === type) return { stateMachineArn: arn, creationDate: existing.creationDate };
        throw stateMachineAlreadyExists(arn);
      }
      const machine: StateMachineRecord = { arn, name, definition, parsed, roleArn, type, creationDate: epochSeconds(Date.now()) };
      machines.set(arn, machine);
      return { stateMachineArn: arn, creationDate: machine.creationDate };
    },

    DescribeStateMachine: (input: JsonInput) => {
      const machine = requireMachine(requiredMember(input, "stateMachineArn"));
      return {
        stateMachineArn: machine.arn,
        name: machine.name,
        status: "ACTIVE",
        definition: machine.definition,
        roleArn: machine.roleArn,
        type: machine.type,
        creationDate: machine.creationDate,
        loggingConfiguration: { level: "OFF", includeExecutionData: false },
        tracingConfiguration: { enabled: false },
      };
    },

    ListStateMachines: (input: JsonInput) => {
      const page = paginate([...machines.values()], input);
      return {
        stateMachines: page.items.map((m) => ({ stateMachineArn: m.arn, name: m.name, type: m.type, creationDate: m.creationDate })),
        ...(page.nextToken ? { nextToken: page.nextToken } : {}),
      };
    },

    DeleteStateMachine: (input: JsonInput) => {
      const arn = requiredMember(input, "stateMachineArn");
      if (!/^arn:aws[\w-]*:states:[\w-]+:\d{12}:stateMachine:.+$/.test(arn)) throw invalidArn(arn);
      machines.delete(arn);
      return {};
    },

    StartExecution: async (input: JsonInput) => {
      const machine = requireMachine(requiredMember(input, "stateMachineArn"));
      const name = optionalString(input, "name", typeMismatch) ?? randomUUID();
      if (!isValidName(name)) throw invalidName(name);
      const executionInput = readExecutionInput(input);
      if (machine.type === "STANDARD") {
        const arn = `arn:aws:states:${region}:${accountId}:execution:${machine.name}:${name}`;
        const existing = executions.get(arn);
        if (existing) {
          // Idempotent only while the first execution runs with the same input (StartExecution reference).
          if (existing.view.status === "RUNNING" && existing.view.input === executionInput) return { executionArn: arn, startDate: existing.view.startDate };
          throw executionAlreadyExists(arn);
        }
      }
      const record = startExecution(machine, name, executionInput);
      return { executionArn: record.view.executionArn, startDate: record.view.startDate };
    },

    StartSyncExecution: async (input: JsonInput) => {
      const machine = requireMachine(requiredMember(input, "stateMachineArn"));
      if (machine.type !== "EXPRESS") throw stateMachineTypeNotSupported();
      const name = optionalString(input, "name", typeMismatch) ?? randomUUID();
      if (!isValidName(name)) throw invalidName(name);
      const record = startExecution(machine, name, readExecutionInput(input));
      await record.finished;
      const view = record.view;
      const durationMs = Math.round(((view.stopDate ?? view.startDate) - view.startDate) * 1000);
      return {
        ...view,
        // A sync execution reports its stop date and billing (billed in 100 ms steps, 64 MB).
        billingDetails: { billedMemoryUsedInMB: 64, billedDurationInMilliseconds: Math.max(100, Math.ceil(durationMs / 100) * 100) },
      };
    },

    DescribeExecution: (input: JsonInput) => requireExecution(requiredMember(input, "executionArn")).view,

    ListExecutions: (input: JsonInput) => {
      const machine = requireMachine(requiredMember(input, "stateMachineArn"));
      const filter = optionalString(input, "statusFilter", typeMismatch);
      const all = [...executions.values()]
        .map((e) => e.view)
        .filter((view) => view.stateMachineArn === machine.arn && (filter === undefined || view.status === filter))
        .reverse();
      const page = paginate(all, input);
      return {
        executions: page.items.map((view) => ({
          executionArn: view.executionArn,
          stateMachineArn: view.stateMachineArn,
          name: view.name,
          status: view.status,
          startDate: view.startDate,
          ...(view.stopDate === undefined ? {} : { stopDate: view.stopDate }),
        })),
        ...(page.nextToken ? { nextToken: page.nextToken } : {}),
      };
    },

    StopExecution: (input: JsonInput) => {
      const record = requireExecution(requiredMember(input, "executionArn"));
      const stopDate = epochSeconds(Date.now());
      if (record.view.status === "RUNNING") {
        const error = optionalString(input, "error", typeMismatch);
        const cause = optionalString(input, "cause", typeMismatch);
        Object.assign(record.view, { status: "ABORTED", stopDate }, error === undefined ? {} : { error }, cause === undefined ? {} : { cause });
        record.abort?.();
      }
      return { stopDate: record.view.stopDate ?? stopDate };
    },

    GetExecutionHistory: (input: JsonInput) => {
      const { view } = requireExecution(requiredMember(input, "executionArn"));
      return { events: historyOf(view) };
    },
  };

  const listener = createAwsJsonListener({
    service: "states",
    signingName: "states",
    region,
    targetPrefix: "AWSStepFunctions",
    contentType: "application/x-amz-json-1.0",
    errorNamespace: "com.amazonaws.swf.service.v2.model#",
    operations,
    targetOf: (_operation, input) => targetOf(input),
    log,
  });
  const backend = await serveBackend("states", log, listener, async () => {
    for (const record of executions.values()) {
      if (record.view.status === "RUNNING") record.abort?.();
    }
    await Promise.all([...executions.values()].map((record) => record.finished));
  });

  return {
    ...backend,
    service: "states",
    deliver(stateMachineArn, input) {
      const machine = machines.get(stateMachineArn);
      const record = { stateMachineArn, input: input.input };
      if (machine === undefined) {
        log.append({ at: new Date().toISOString(), service: "states", action: "StartExecution", target: stateMachineArn, input: record, status: 400, via: input.via });
        throw stateMachineDoesNotExist(stateMachineArn);
      }
      const { view } = startExecution(machine, randomUUID(), input.input);
      log.append({ at: new Date().toISOString(), service: "states", action: "StartExecution", target: machine.name, input: record, status: 200, via: input.via });
      return { executionArn: view.executionArn };
    },
    waitForExecution: async (executionArn, timeoutMs = 5000) => {
      const record = executions.get(executionArn);
      if (record === undefined) throw executionDoesNotExist(executionArn);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Execution ${executionArn} did not finish within ${timeoutMs} ms.`)), timeoutMs);
      });
      try {
        await Promise.race([record.finished, timeout]);
      } finally {
        clearTimeout(timer);
      }
      return { ...record.view };
    },
  };

  async function validateDefinition(definition: string): Promise<unknown> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(definition);
    } catch (error) {
      throw invalidDefinition(`INVALID_JSON_DESCRIPTION: ${(error as Error).message}`);
    }
    // The same definition text is validated once per backend (CreateStateMachine is repeated by idempotent provisioning).
    if (validated.has(definition)) return parsed;
    const problems = await validator.validate(parsed);
    if (problems.length > 0) throw invalidDefinition(problems.join("\n"));
    validated.add(definition);
    return parsed;
  }
}

function typeMismatch(name: string) {
  return new ValidationError(`1 validation error detected: Value at '${name}' failed to satisfy constraint: Member must be a string`);
}

function requiredMember(input: JsonInput, name: string): string {
  const value = optionalString(input, name, typeMismatch);
  if (value === undefined || value === "") {
    throw new ValidationError(`1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

/** Execution input must be JSON text; it defaults to `{}`. */
function readExecutionInput(input: JsonInput): string {
  const text = optionalString(input, "input", typeMismatch) ?? "{}";
  try {
    JSON.parse(text);
  } catch (error) {
    throw invalidExecutionInput((error as Error).message);
  }
  return text;
}

/** Step Functions timestamps are epoch seconds with milliseconds as a fraction. */
function epochSeconds(ms: number): number {
  return ms / 1000;
}

function paginate<T>(items: T[], input: JsonInput): { items: T[]; nextToken?: string } {
  const max = optionalInteger(input, "maxResults", typeMismatch) ?? 100;
  const limit = max === 0 ? 100 : max;
  const start = Number(optionalString(input, "nextToken", typeMismatch) ?? "0");
  const page = items.slice(start, start + limit);
  return start + page.length < items.length ? { items: page, nextToken: String(start + page.length) } : { items: page };
}

/** A minimal history: the start event and, once closed, the event that closed the execution. */
function historyOf(view: ExecutionView): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [
    { timestamp: view.startDate, type: "ExecutionStarted", id: 1, previousEventId: 0, executionStartedEventDetails: { input: view.input, inputDetails: { truncated: false } } },
  ];
  const at = view.stopDate ?? view.startDate;
  if (view.status === "SUCCEEDED") events.push({ timestamp: at, type: "ExecutionSucceeded", id: 2, previousEventId: 1, executionSucceededEventDetails: { output: view.output, outputDetails: { truncated: false } } });
  if (view.status === "FAILED") events.push({ timestamp: at, type: "ExecutionFailed", id: 2, previousEventId: 1, executionFailedEventDetails: { error: view.error, cause: view.cause } });
  if (view.status === "ABORTED") events.push({ timestamp: at, type: "ExecutionAborted", id: 2, previousEventId: 1, executionAbortedEventDetails: { error: view.error, cause: view.cause } });
  if (view.status === "TIMED_OUT") events.push({ timestamp: at, type: "ExecutionTimedOut", id: 2, previousEventId: 1, executionTimedOutEventDetails: { error: view.error, cause: view.cause } });
  return events;
}

function targetOf(input: JsonInput): string | undefined {
  const arn = typeof input.stateMachineArn === "string" ? input.stateMachineArn : typeof input.executionArn === "string" ? input.executionArn : undefined;
  if (arn !== undefined) return /:(?:stateMachine|execution|express):([^:]+)/.exec(arn)?.[1] ?? arn;
  return typeof input.name === "string" ? input.name : undefined;
}
