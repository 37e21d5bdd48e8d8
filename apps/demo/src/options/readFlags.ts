import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "../errors/UsageError";

type FlagSpecs = NonNullable<ParseArgsConfig["options"]>;
type FlagValues<T extends FlagSpecs> = ReturnType<typeof parseArgs<{ options: T; strict: true; allowPositionals: false }>>["values"];

/**
 * `util.parseArgs` in strict mode, with its errors turned into one sentence each. A leading `--`
 * is dropped: `pnpm demo -- --json` passes it through to the script.
 * @throws UsageError for an unknown flag, a missing value or a stray argument
 */
export function readFlags<T extends FlagSpecs>(argv: readonly string[], options: T): FlagValues<T> {
  const args = argv[0] === "--" ? argv.slice(1) : [...argv];
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(describeParseError(error), error);
  }
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  // node's own wording for these is long and suggests `--` tricks; say it plainly instead.
  const quoted = /'(-[^' ]*)/.exec(message)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Unknown option ${quoted ?? "in the command line"}: see --help for the options.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `${quoted ?? "An option"} ${message.includes("argument missing") ? "needs a value" : "takes no value"}: see --help.`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Unexpected argument "${/'([^']*)'/.exec(message)?.[1] ?? ""}": the demo takes only options, see --help.`;
    default:
      return `${message} (see --help).`;
  }
}
