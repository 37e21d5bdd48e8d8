import { UsageError } from "../errors/UsageError";
import { DEMO_DEFAULTS, type DemoOptions, type Target } from "./demoOptions";
import { readFlags } from "./readFlags";

/** What the command line asks for: help, the version, or a run. */
export type DemoCommand = { kind: "help" } | { kind: "version" } | { kind: "run"; options: DemoOptions };

// CloudFormation stack names: a letter, then letters, digits and hyphens, 128 at most.
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;

/**
 * Reads `pnpm demo`'s command line with node's `util.parseArgs` (strict: unknown flags are errors).
 * Template names in `--only`/`--stack` are checked later against the route model ({@link selectTemplates}).
 * @param env where the aws region default comes from. @default process.env
 * @throws UsageError with one sentence for anything it cannot use
 */
export function parseDemoArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): DemoCommand {
  const values = readFlags(argv, {
    only: { type: "string" },
    json: { type: "boolean" },
    verbose: { type: "boolean" },
    target: { type: "string" },
    region: { type: "string" },
    profile: { type: "string" },
    stack: { type: "string", multiple: true },
    "api-key": { type: "string" },
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "v" },
  });
  if (values.help === true) return { kind: "help" };
  if (values.version === true) return { kind: "version" };

  const target = parseTarget(values.target);
  const options: DemoOptions = {
    json: values.json === true || DEMO_DEFAULTS.json,
    verbose: values.verbose === true || DEMO_DEFAULTS.verbose,
    target,
    region: values.region ?? (target === "aws" ? (env.AWS_REGION ?? env.AWS_DEFAULT_REGION) : undefined) ?? DEMO_DEFAULTS.region,
    stacks: parseStacks(values.stack),
  };
  if (values.only !== undefined) options.only = parseTemplateList(values.only, "--only");
  if (values.profile !== undefined) options.profile = values.profile;
  if (values["api-key"] !== undefined) options.apiKey = values["api-key"];

  if (values.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(values.region)) {
    throw new UsageError(`--region "${values.region}" is not a region name (e.g. us-east-1).`);
  }
  if (target === "local") {
    const awsOnly = [
      values.profile !== undefined && "--profile",
      values.stack !== undefined && "--stack",
      values["api-key"] !== undefined && "--api-key",
    ].filter((flag): flag is string => typeof flag === "string");
    if (awsOnly.length > 0) {
      const verb = awsOnly.length === 1 ? "applies" : "apply";
      throw new UsageError(`${awsOnly.join(", ")} only ${verb} with --target aws (the local stack has its own stacks, credentials and API key).`);
    }
  }
  return { kind: "run", options };
}

/** A comma-separated list of template names, trimmed, without empties or repeats. */
export function parseTemplateList(value: string, flag: string): string[] {
  const names = [...new Set(value.split(",").map((name) => name.trim()).filter((name) => name !== ""))];
  if (names.length === 0) throw new UsageError(`${flag} needs at least one template name, e.g. ${flag} dynamodb,s3.`);
  return names;
}

function parseTarget(value: string | undefined): Target {
  if (value === undefined) return DEMO_DEFAULTS.target;
  if (value === "local" || value === "aws") return value;
  throw new UsageError(`--target must be local or aws, got "${value}".`);
}

function parseStacks(values: readonly string[] | undefined): Record<string, string> {
  const stacks: Record<string, string> = {};
  for (const value of values ?? []) {
    const eq = value.indexOf("=");
    const template = value.slice(0, eq).trim();
    const stack = value.slice(eq + 1).trim();
    if (eq <= 0 || stack === "") throw new UsageError(`--stack expects <template>=<stackName>, e.g. --stack dynamodb=my-items-stack, got "${value}".`);
    if (!STACK_NAME.test(stack)) throw new UsageError(`--stack ${template}=${stack}: a stack name is a letter followed by letters, digits and hyphens.`);
    stacks[template] = stack;
  }
  return stacks;
}
