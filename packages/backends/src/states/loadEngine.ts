/** The execution engine module (aws-local-stepfunctions), loaded on first use to keep start-up fast. */
export type Engine = typeof import("aws-local-stepfunctions");

let engine: Promise<Engine> | undefined;

/**
 * Loads aws-local-stepfunctions. Its Task states call `Promise.withResolvers` (ES2024, Node ≥ 22),
 * so on Node 20 the standard behaviour is provided first; nothing else of the engine needs Node 22.
 */
export function loadEngine(): Promise<Engine> {
  installPromiseWithResolvers();
  engine ??= import("aws-local-stepfunctions");
  return engine;
}

function installPromiseWithResolvers(): void {
  const promise = Promise as PromiseConstructor & { withResolvers?: unknown };
  if (typeof promise.withResolvers === "function") return;
  Object.defineProperty(Promise, "withResolvers", {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const created = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise: created, resolve, reject };
    },
  });
}
