import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Validates ASL definitions with asl-validator (the validator aws-local-stepfunctions uses) on a
 * worker thread. asl-validator builds and compiles its JSON schemas on every call (200–450 ms of
 * CPU); on a worker that time does not stall the other backends, the gateway or the event loop
 * while a stack provisions its state machines.
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

  /** Starts the thread and loads asl-validator there ahead of the first validation. */
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

// Plain CommonJS so that the worker runs without a TypeScript loader.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const validate = require(workerData.validatorPath);
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
