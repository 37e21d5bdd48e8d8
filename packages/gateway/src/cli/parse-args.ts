import { parseArgs } from "node:util";
import { GatewayOptionsError } from "../errors/GatewayOptionsError";

/** What the command line asks for. */
export interface CliRequest {
  help: boolean;
  /** Template files, folders or names, as typed. */
  templates: string[];
  port?: number;
  region?: string;
  parameters: Record<string, string>;
  stageVariables: Record<string, string>;
  connections: Record<string, string>;
}

export const USAGE = `Usage: pnpm serve <template>... [options]

Serves the REST APIs of SAM templates on a local API Gateway, one listener per API,
at http://127.0.0.1:PORT/STAGE (paths as on execute-api).

  <template>                  templates/<name>/template.yaml, a template file or folder, or a name (mock, http, ...)

Options:
  --port N                    port of the first API (default: chosen by the OS); the others get OS-chosen ports
  --param Key=Value           a template parameter (repeatable)
  --region REGION             region to sign for and to resolve templates in (default us-east-1)
  --stage-variable k=v        a stage variable on every API, over the template's (repeatable)
  --connection linkId=URL     local upstream of a VPC link connection id (repeatable)
  -h, --help                  show this help
`;

/**
 * Reads the command line.
 * @throws GatewayOptionsError with a one-line message for anything it cannot use
 */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new GatewayOptionsError(`${e instanceof Error ? e.message : String(e)} (see --help)`);
  }
  const { values, positionals } = parsed;
  const request: CliRequest = {
    help: values.help === true,
    templates: positionals,
    parameters: pairs(values.param, "--param", "Key=Value"),
    stageVariables: pairs(values["stage-variable"], "--stage-variable", "name=value"),
    connections: pairs(values.connection, "--connection", "vpcLinkId=http://127.0.0.1:PORT"),
  };
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new GatewayOptionsError(`--port must be a number from 0 to 65535, got "${values.port}".`);
    request.port = port;
  }
  if (values.region !== undefined) request.region = values.region;
  for (const [id, url] of Object.entries(request.connections)) {
    if (!URL.canParse(url)) throw new GatewayOptionsError(`--connection ${id}=${url}: "${url}" is not a URL (e.g. http://127.0.0.1:8080).`);
  }
  if (!request.help && request.templates.length === 0) throw new GatewayOptionsError("Name at least one template to serve, e.g. `pnpm serve mock` (see --help).");
  return request;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: "boolean", short: "h" },
      port: { type: "string" },
      region: { type: "string" },
      param: { type: "string", multiple: true },
      "stage-variable": { type: "string", multiple: true },
      connection: { type: "string", multiple: true },
    },
  });
}

function pairs(values: string[] | undefined, flag: string, shape: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values ?? []) {
    const eq = value.indexOf("=");
    if (eq <= 0) throw new GatewayOptionsError(`${flag} expects ${shape}, got "${value}".`);
    out[value.slice(0, eq)] = value.slice(eq + 1);
  }
  return out;
}
