import { DemoError } from "../errors/DemoError";
import { parseDemoArgs } from "../options/parseDemoArgs";
import { DEMO_USAGE } from "../options/usage";
import { chooseGlyphs } from "../report/glyphs";
import { JsonReporter } from "../report/JsonReporter";
import { type Output, TerminalReporter } from "../report/TerminalReporter";
import { createGatewayLog } from "./gatewayLog";
import { describeUnexpected } from "./describeUnexpected";
import { version } from "./version";

/** The process's streams and environment, so tests can run the CLI in-process. */
export interface MainIo {
  stdout: Output;
  stderr: Output;
  env: NodeJS.ProcessEnv;
  /** Called with the reporter's stop function, so Ctrl+C can clean the terminal line. */
  onInterruptible?: (stop: () => void) => void;
}

/**
 * `pnpm demo`: parses the command line, runs the demo, prints progress and the results table (or
 * the JSON document), and returns the exit code: 0 when every step passed, 1 when one failed or
 * the target was unavailable, 2 for bad usage. Errors are one sentence on stderr; the stack trace
 * only with --verbose.
 */
export async function runMain(argv: readonly string[], io: MainIo): Promise<number> {
  const verboseAsked = argv.includes("--verbose");
  let stopProgress: () => void = () => {};
  try {
    const command = parseDemoArgs(argv, io.env);
    if (command.kind === "help") {
      io.stdout.write(DEMO_USAGE);
      return 0;
    }
    if (command.kind === "version") {
      io.stdout.write(`${version}\n`);
      return 0;
    }
    const { options } = command;
    const glyphs = chooseGlyphs(options.json ? io.stderr : io.stdout, io.env);
    const terminal = options.json ? undefined : new TerminalReporter(io.stdout, { glyphs, verbose: options.verbose });
    const reporter = terminal ?? new JsonReporter(io.stderr, glyphs, options.verbose);
    stopProgress = () => terminal?.stop();
    io.onInterruptible?.(stopProgress);
    const echo = options.verbose ? (line: string) => (terminal ? terminal.line(glyphs.dim(line)) : io.stderr.write(`${line}\n`)) : undefined;
    const gatewayLog = createGatewayLog(echo);

    // Loaded only for a run, so --help and --version stay instant. `require`, not `import()`: the
    // package runs as CommonJS (tsx, jest, the bundle), where a dynamic import would bypass them.
    const { runDemo } = require("../run/runDemo") as typeof import("../run/runDemo");
    const report = await runDemo(options, { reporter, logger: gatewayLog, env: io.env });
    if (report.summary.failed > 0 && !options.verbose) {
      // The gateway's execution log says why an integration failed; show it when something did.
      for (const problem of gatewayLog.problems()) report.notes.push(`gateway log: ${problem}`);
    }
    if (terminal) terminal.finish(report);
    else io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return report.summary.failed === 0 ? 0 : 1;
  } catch (error) {
    stopProgress();
    io.stderr.write(`${describeUnexpected(error, verboseAsked)}\n`);
    return error instanceof DemoError ? error.$metadata.exitCode : 1;
  }
}
