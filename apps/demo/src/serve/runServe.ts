import { basename, dirname } from "node:path";
import { consoleLogger, type GatewayLogger } from "@apigw-playground/gateway";
import { type LocalStack, startLocalStack } from "@apigw-playground/local-stack";
import { findTemplatesDir, listTemplateFiles } from "@apigw-playground/routes";
import { TargetUnavailableError } from "../errors/TargetUnavailableError";
import { selectTemplates } from "../options/selectTemplates";
import { SERVE_USAGE } from "../options/usage";
import { formatDuration } from "../report/renderReport";
import { renderTable } from "../report/renderTable";
import type { Output } from "../report/TerminalReporter";
import { describeStackEvent } from "../target/describeStackEvent";
import { curlExamples } from "./curlExamples";
import { parseServeArgs } from "./parseServeArgs";

/** Where `pnpm local` writes, and what it serves from. */
export interface ServeIo {
  stdout: Output;
  /** The gateway's execution log. @default consoleLogger */
  logger?: GatewayLogger;
  /** @default findTemplatesDir() */
  templatesDir?: string;
}

/**
 * `pnpm local`: starts the local stack for the chosen templates and prints how to use it (base
 * URLs, credentials, API keys, upstreams, backends, signed curl commands). Returns the running
 * stack, or undefined after --help; the caller stops it on Ctrl+C.
 * @throws UsageError for bad flags or unknown templates
 * @throws TargetUnavailableError when the stack cannot start
 */
export async function runServe(argv: readonly string[], io: ServeIo): Promise<LocalStack | undefined> {
  const command = parseServeArgs(argv);
  if (command.kind === "help") {
    io.stdout.write(SERVE_USAGE);
    return undefined;
  }
  const available = listTemplateFiles(io.templatesDir ?? findTemplatesDir()).map((file) => ({ name: basename(dirname(file)) }));
  const templates = selectTemplates(available, command.only).map((template) => template.name);
  const startedAt = performance.now();
  let stack: LocalStack;
  try {
    stack = await startLocalStack({
      templates,
      ...(command.port === undefined ? {} : { port: command.port }),
      logger: io.logger ?? consoleLogger,
      onProgress: (event) => {
        const text = event.type === "resource-provisioned" ? undefined : describeStackEvent(event);
        if (text !== undefined && event.type === "warning") io.stdout.write(`warning: ${text}\n`);
      },
    });
  } catch (error) {
    throw new TargetUnavailableError(`The local stack did not start: ${(error instanceof Error ? error.message : String(error)).replace(/\.*$/, ".")}`, error);
  }
  io.stdout.write(`${describeStack(stack, performance.now() - startedAt).join("\n")}\n`);
  return stack;
}

/** What `pnpm local` prints once the stack is up. */
export function describeStack(stack: LocalStack, readyMs: number): string[] {
  const region = stack.templates[0]?.region ?? "us-east-1";
  const lines = [`apigw-playground local stack, up in ${formatDuration(readyMs)}`, "", "APIs (base URL, stage included; paths as on execute-api):"];
  lines.push(...indent(renderTable([{ header: "template" }, { header: "base URL" }], stack.apis.map((api) => [api.templateName, api.url]))));
  lines.push("", `Credentials (SigV4: region ${region}, service execute-api):`);
  lines.push(`  access key id      ${stack.credentials.accessKeyId}`, `  secret access key  ${stack.credentials.secretAccessKey}`);
  const keys = Object.entries(stack.apiKeys);
  if (keys.length > 0) {
    lines.push("", "API keys (send as x-api-key to the routes that need one):");
    for (const [template, values] of keys) lines.push(`  ${template}  ${values.join(", ")}`);
  }
  const upstreams = Object.entries(stack.upstreams);
  if (upstreams.length > 0) {
    lines.push("", "Local upstreams:");
    for (const [name, url] of upstreams) lines.push(`  ${name.padEnd(8)} ${url}  (${name === "http" ? "stands in for httpbin.org" : "the private service behind the VPC link"})`);
  }
  const backends = Object.entries(stack.endpoints);
  if (backends.length > 0) {
    lines.push("", "AWS backends (e.g. aws dynamodb scan --table-name ... --endpoint-url <url>):");
    for (const [service, url] of backends) lines.push(`  ${service.padEnd(8)} ${url}`);
  }
  const examples = curlExamples(stack.templates, { region, credentials: stack.credentials, urlFor: (template) => stack.urlFor(template) });
  if (examples.length > 0) {
    lines.push("", "Try it (curl 7.75 or newer signs with --aws-sigv4):");
    for (const example of examples) lines.push(`  # ${example.template}.${example.route.operationId}: ${example.route.method} ${example.route.path}`, `  ${example.command}`);
  }
  lines.push("", "Press Ctrl+C to stop.");
  return lines;
}

function indent(lines: readonly string[]): string[] {
  return lines.map((line) => `  ${line}`);
}
