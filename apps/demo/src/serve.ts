// `pnpm local`: see serve/runServe.ts. Errors are one sentence; Ctrl+C stops the stack cleanly.
import type { LocalStack } from "@apigw-playground/local-stack";
import { describeUnexpected } from "./cli/describeUnexpected";
import { DemoError } from "./errors/DemoError";
import { runServe } from "./serve/runServe";

let stack: LocalStack | undefined;

// Listening from the start: a Ctrl+C while the stack starts must not be lost.
process.once("SIGINT", () => {
  if (stack === undefined) process.exit(130);
  process.stdout.write("\nstopping...\n");
  stack.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`Stopping failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
});

runServe(process.argv.slice(2), { stdout: process.stdout }).then(
  (started) => {
    stack = started;
  },
  (error: unknown) => {
    process.stderr.write(`${describeUnexpected(error, process.argv.includes("--verbose"))}\n`);
    process.exit(error instanceof DemoError ? error.$metadata.exitCode : 1);
  },
);
