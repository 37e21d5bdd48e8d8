import { readFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { TemplateNotFoundError } from "../errors/TemplateNotFoundError";
import { extractApi } from "../extract/api";
import { findApiSources } from "../extract/api-sources";
import { listOperations, type OperationEntry } from "../extract/operations";
import type { Problem, TemplateModel } from "../model";
import { parseCloudFormation } from "../parse/cfn-yaml";
import { ProblemCollector } from "../problems/problem-collector";
import { resolveTemplate } from "../resolve/resolve-template";
import { checkOperationIds } from "../validate/operation-ids";
import { API_RULES } from "../validate/rules";
import { DEFAULT_LOAD_OPTIONS, type LoadOptions } from "./options";
import { findSamConfig, readSamConfig, type SamConfigEnv, samConfigFor } from "./samconfig";
import { templateName } from "./template-name";

/** The result of checking one template: its model (unless it did not parse) and every problem found. */
export interface TemplateCheck {
  model?: TemplateModel;
  problems: Problem[];
}

function readTemplate(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR") throw new TemplateNotFoundError(`no template file at ${file}`);
    throw error;
  }
}

/** The file as the user would type it: relative to the working directory when it is below it. */
function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}

function samConfigEnv(file: string, name: string, setting: LoadOptions["samconfig"]): SamConfigEnv | undefined {
  if (setting === false) return undefined;
  const config = setting ?? findSamConfig(dirname(file));
  return config === undefined ? undefined : samConfigFor(readSamConfig(config), file, name);
}

/**
 * Loads a template and collects every problem instead of stopping at the first: YAML errors,
 * unresolvable intrinsics, and what API Gateway would reject or mis-handle in the OpenAPI
 * body (see the package README for the rules). Throws only when the file does not exist.
 *
 * @example
 * const { model, problems } = checkTemplate("templates/dynamodb/template.yaml");
 */
export function checkTemplate(file: string, options: LoadOptions = {}): TemplateCheck {
  const absolute = resolve(file);
  return checkTemplateSource(readTemplate(absolute), absolute, options);
}

/**
 * {@link checkTemplate} for source already in memory; `file` names it in problems and anchors
 * relative paths (samconfig.toml lookup, `AWS::Include` locations).
 */
export function checkTemplateSource(source: string, file: string, options: LoadOptions = {}): TemplateCheck {
  const absolute = resolve(file);
  const name = options.name ?? templateName(absolute);
  const config = samConfigEnv(absolute, name, options.samconfig);
  const parsed = parseCloudFormation(source);
  const collector = new ProblemCollector(displayPath(absolute), parsed.positionOf);
  for (const error of parsed.errors) collector.addAt(error, "(syntax)", error.message);
  if (parsed.errors.length > 0) return { problems: collector.sorted() };
  if (parsed.template.Resources === undefined) collector.report(["Resources"], "the template has no Resources section");

  const resolved = resolveTemplate(
    parsed.template,
    {
      parameters: { ...config?.parameterOverrides, ...options.parameters },
      region: options.region ?? DEFAULT_LOAD_OPTIONS.region,
      accountId: options.accountId ?? DEFAULT_LOAD_OPTIONS.accountId,
      stackName: options.stackName ?? config?.stackName ?? `${DEFAULT_LOAD_OPTIONS.stackNamePrefix}${name}`,
      templateDir: dirname(absolute),
    },
    collector.report,
  );
  const context = { resources: resolved.resources, pseudo: resolved.pseudo };
  const allOperations: OperationEntry[] = [];
  const apis = findApiSources(resolved.resources, collector.report).map((source) => {
    const api = extractApi(source, context);
    const document = source.document ?? {};
    const operations = listOperations(document, source.documentPath);
    allOperations.push(...operations);
    for (const rule of API_RULES) {
      rule({ source, document, operations, api, resources: resolved.resources, report: collector.report });
    }
    return api;
  });
  checkOperationIds(allOperations, collector.report);

  const model: TemplateModel = {
    name,
    file: absolute,
    region: resolved.pseudo.region,
    accountId: resolved.pseudo.accountId,
    stackName: resolved.pseudo.stackName,
    parameters: Object.fromEntries(
      Object.entries(resolved.parameters).map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : value]),
    ),
    conditions: resolved.conditions,
    resources: resolved.resources,
    outputs: resolved.outputs,
    apis,
  };
  if (resolved.description !== undefined) model.description = resolved.description;
  return { model, problems: collector.sorted() };
}
