import { parseTemplateList } from "../options/parseDemoArgs";
import { readFlags } from "../options/readFlags";
import { UsageError } from "../errors/UsageError";

/** What `pnpm local` was asked to do. */
export type ServeCommand = { kind: "help" } | { kind: "serve"; only?: string[]; port?: number };

/**
 * Reads `pnpm local`'s command line (`util.parseArgs`, strict).
 * @throws UsageError with one sentence for anything it cannot use
 */
export function parseServeArgs(argv: readonly string[]): ServeCommand {
  const values = readFlags(argv, {
    only: { type: "string" },
    port: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help === true) return { kind: "help" };
  const command: ServeCommand = { kind: "serve" };
  if (values.only !== undefined) command.only = parseTemplateList(values.only, "--only");
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${values.port}".`);
    command.port = port;
  }
  return command;
}
