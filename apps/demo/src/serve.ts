// `pnpm local`: see serve/runServe.ts. Errors are one sentence; Ctrl+C stops the stack cleanly.
import { describeUnexpected } from "./cli/describeUnexpected";
import { DemoError } from "./errors/DemoError";
import { runServe } from "./serve/runServe";

runServe(process.argv.slice(2), { stdout: process.stdout }).then(
  (stack) => {
    if (stack === undefined) return;
    process.once("SIGINT", () => {
      process.stdout.write("\nstopping...\n");
      stack.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Stopping failed: ${error instanceof Error ? error.message : String(error)}\n`);
          process.exit(1);
        },
      );
    });
  },
  (error: unknown) => {
    process.stderr.write(`${describeUnexpected(error, process.argv.includes("--verbose"))}\n`);
    process.exit(error instanceof DemoError ? error.$metadata.exitCode : 1);
  },
);
