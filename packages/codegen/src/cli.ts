import { runCli } from "./cli/runCli";

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

// `pnpm generate` in packages/client → `tsx ../codegen/src/cli.ts` there. pnpm's INIT_CWD is
// where the outermost pnpm was started, so --out/--templates are relative to where the user is.
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  cwd: process.env.INIT_CWD || process.cwd(),
});
