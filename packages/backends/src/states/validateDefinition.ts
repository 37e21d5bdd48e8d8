import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Validates ASL definitions with asl-validator (the validator aws-local-stepfunctions uses) on a
 * worker thread. asl-validator builds a new Ajv and compiles its JSON schemas on every call
 * (200–450 ms of CPU); the worker keeps one Ajv for all calls and compiles the schemas as soon as
 * it starts, on the other core, so a stack's CreateStateMachine calls find them ready and the
 * compile never stalls the backends, the gateway or the event loop.
 */
export class DefinitionValidator {
  #worker: Worker | undefined;
  #nextId = 0;
  readonly #pending = new Map<number, { resolve: (problems: string[]) => void; reject: (error: Error) => void }>();

  /** Resolves with the problems found (`CODE: message`, one per entry), empty when the definition is valid. */
  validate(definition: unknown): Promise<string[]> {
    const worker = this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, definition });
    });
  }

  /** Starts the thread, which loads asl-validator and compiles its schemas ahead of the first validation. */
  warm(): void {
    this.#start();
  }

  /** Ends the worker thread; pending validations are rejected. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker) await worker.terminate();
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const validatorPath = createRequire(__filename).resolve("asl-validator");
    const worker = new Worker(workerSource, { eval: true, workerData: { validatorPath } });
    worker.on("message", (message: { id: number; problems?: string[]; error?: string }) => {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      // An idle worker must not keep the process alive.
      if (this.#pending.size === 0) worker.unref();
      if (message.error !== undefined) pending?.reject(new Error(`asl-validator failed: ${message.error}`));
      else pending?.resolve(message.problems ?? []);
    });
    const failAll = (error: Error) => {
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
      this.#worker = undefined;
    };
    worker.on("error", failAll);
    worker.on("exit", (code) => failAll(new Error(`The definition validator thread exited (code ${code}).`)));
    worker.unref();
    this.#worker = worker;
    return worker;
  }
}

// Plain CommonJS so that the worker runs without a TypeScript loader. asl-validator calls
// \`new Ajv(sameOptions)\` and ajv-formats on it for every definition; handing it one shared
// instance (formats applied once) keeps the compiled schemas. The formats it re-adds are
// equivalent, and its options are fixed below.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const { dirname } = require("node:path");
const from = { paths: [dirname(workerData.validatorPath)] };
const ajvModule = require(require.resolve("ajv", from));
const formatsModule = require(require.resolve("ajv-formats", from));
const RealAjv = ajvModule.default;
const applyFormats = formatsModule.default;
let sharedAjv;
const withFormats = new WeakSet();
ajvModule.default = function SharedAjv(options) {
  if (!sharedAjv) sharedAjv = new RealAjv(options);
  return sharedAjv;
};
formatsModule.default = function formatsOnce(ajv, options) {
  if (withFormats.has(ajv)) return ajv;
  withFormats.add(ajv);
  return applyFormats(ajv, options);
};
const validate = require(workerData.validatorPath);
// Compile the schemas now, while the rest of the stack starts.
validate({ StartAt: "Warm", States: { Warm: { Type: "Pass", End: true } } }, { checkArn: false, checkPaths: true });
parentPort.on("message", ({ id, definition }) => {
  try {
    const result = validate(definition, { checkArn: false, checkPaths: true });
    const problems = result.isValid ? [] : result.errors.map((e) => e["Error code"] + ": " + e.Message);
    parentPort.postMessage({ id, problems });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
`;

let shared: DefinitionValidator | undefined;

/**
 * The process's validator, started (and its schemas compiled) on first use. Its thread is
 * unreferenced while idle, so it never keeps the process alive.
 */
export function sharedDefinitionValidator(): DefinitionValidator {
  if (shared === undefined) {
    shared = new DefinitionValidator();
    shared.warm();
  }
  return shared;
}
