import { loadTemplate, type TemplateModel } from "@apigw-playground/routes";
import { DEFAULT_LOCAL_CREDENTIAL } from "../authorize";
import { type RunningGateway, startGateway } from "../gateway";
import type { GatewayLogger } from "../logger";
import { GATEWAY_DEFAULTS } from "../options";
import { parseCliArgs, USAGE } from "./parse-args";
import { resolveTemplateFile } from "./resolve-template-file";

/** Where the CLI writes. */
export interface CliOutput {
  out(line: string): void;
  logger: GatewayLogger;
}

/**
 * `pnpm serve <template>... [options]`: loads the templates, starts the gateway, prints each API's
 * base URL and how to sign for it. Returns the running gateway (undefined for --help).
 * @throws GatewayOptionsError for bad usage; the route loader's errors for a broken template
 */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<RunningGateway | undefined> {
  const request = parseCliArgs(argv);
  if (request.help) {
    output.out(USAGE);
    return undefined;
  }
  const region = request.region ?? GATEWAY_DEFAULTS.region;
  const templates: TemplateModel[] = request.templates.map((argument) =>
    loadTemplate(resolveTemplateFile(argument), { parameters: request.parameters, region }),
  );
  const gateway = await startGateway({
    templates,
    region,
    stageVariables: request.stageVariables,
    connections: request.connections,
    logger: output.logger,
    ...(request.port === undefined ? {} : { port: request.port }),
  });
  for (const api of gateway.apis) output.out(`${api.templateName.padEnd(12)} ${api.url}   (${api.logicalId}, REST API id ${api.apiId})`);
  output.out("");
  output.out(
    `Sign AWS_IAM routes with SigV4: access key ${DEFAULT_LOCAL_CREDENTIAL.accessKeyId}, secret ${DEFAULT_LOCAL_CREDENTIAL.secretAccessKey}, ` +
      `region ${region}, service execute-api.`,
  );
  for (const template of templates) {
    for (const api of template.apis) {
      for (const plan of api.usagePlans) {
        for (const key of plan.apiKeys) if (key.enabled) output.out(`API key for ${template.name} (${plan.name}): x-api-key: ${key.value}`);
      }
    }
  }
  const linked = new Set(templates.flatMap((t) => t.apis.flatMap((a) => a.routes.map((r) => r.integration.connectionId)).filter((id) => id !== undefined)));
  for (const id of linked) {
    if (request.connections[id!] === undefined) output.out(`VPC link ${id} has no local upstream; its routes answer 500 until you pass --connection ${id}=URL.`);
  }
  output.out("Press Ctrl+C to stop.");
  return gateway;
}
