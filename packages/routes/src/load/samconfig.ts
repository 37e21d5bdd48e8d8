import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parse } from "smol-toml";
import { asObject, scalarToString } from "../utils/json";

/** What `sam deploy --config-env <env>` would use for one template. */
export interface SamConfigEnv {
  env: string;
  stackName?: string;
  /** Absolute path of `template_file`, when set. */
  templateFile?: string;
  parameterOverrides: Record<string, string>;
}

/** The nearest `samconfig.toml` at or above `from`, if any. */
export function findSamConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, "samconfig.toml");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Reads the config environments of a `samconfig.toml`: for each top-level table (`[dynamodb.deploy.parameters]`
 * is env `dynamodb`), its `deploy` parameters over its `global` ones.
 */
export function readSamConfig(file: string): SamConfigEnv[] {
  const root = parse(readFileSync(file, "utf8"));
  const envs: SamConfigEnv[] = [];
  for (const [env, value] of Object.entries(root)) {
    const commands = asObject(value);
    const settings = { ...asObject(asObject(commands.global).parameters), ...asObject(asObject(commands.deploy).parameters) };
    if (Object.keys(settings).length === 0) continue;
    const templateFile = scalarToString(settings.template_file);
    const config: SamConfigEnv = { env, parameterOverrides: parseParameterOverrides(settings.parameter_overrides) };
    const stackName = scalarToString(settings.stack_name);
    if (stackName !== undefined) config.stackName = stackName;
    if (templateFile !== undefined) config.templateFile = resolve(dirname(file), templateFile);
    envs.push(config);
  }
  return envs;
}

/** The environment for a template: the one whose `template_file` is that file, else the one named like it. */
export function samConfigFor(envs: SamConfigEnv[], templateFile: string, name: string): SamConfigEnv | undefined {
  const file = resolve(templateFile);
  return envs.find((env) => env.templateFile === file) ?? envs.find((env) => env.env === name);
}

/**
 * `parameter_overrides` as SAM writes it: `"Key=Value Other=\"two words\""` or a list of `Key=Value` strings.
 */
export function parseParameterOverrides(value: unknown): Record<string, string> {
  const items = Array.isArray(value) ? value.map(String) : typeof value === "string" ? tokenize(value) : [];
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    if (eq > 0) out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/** Splits on whitespace outside quotes and drops the quotes (`A="x y"` → `A=x y`). */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = "";
  let quote: string | undefined;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (/\s/.test(char)) {
      if (current !== "") tokens.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  if (current !== "") tokens.push(current);
  return tokens;
}
