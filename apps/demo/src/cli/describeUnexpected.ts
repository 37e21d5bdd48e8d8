import { DemoError } from "../errors/DemoError";

/**
 * What the terminal gets for an error that ends the run: the demo's own errors are already one
 * sentence; anything else gets one sentence and the --verbose hint. The stack trace (and the
 * cause's) only with --verbose.
 */
export function describeUnexpected(error: unknown, verbose: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  const sentence = error instanceof DemoError ? message : `The demo failed unexpectedly: ${message.replace(/\.*$/, ".")} Run again with --verbose for the stack trace.`;
  if (!verbose) return sentence;
  const traces: string[] = [];
  for (let current: unknown = error; current instanceof Error; current = current.cause) traces.push(current.stack ?? String(current));
  return [sentence, ...traces].join("\n\n");
}
