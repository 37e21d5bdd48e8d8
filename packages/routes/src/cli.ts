import { runCli } from "./cli/run-cli";

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

// `pnpm validate-templates` → `tsx src/cli.ts` in this package's folder. pnpm's INIT_CWD is where
// the outermost pnpm was started (the repository root for the root script), so file arguments
// are relative to it rather than to packages/routes.
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  cwd: process.env.INIT_CWD || process.cwd(),
});
