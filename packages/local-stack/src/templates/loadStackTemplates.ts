import { readFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { checkTemplateSource, findTemplatesDir, listTemplateFiles, type Problem, type TemplateModel } from "@apigw-playground/routes";
import { LocalStackOptionsError } from "../errors/LocalStackOptionsError";

/** A template chosen for the stack, read but not yet loaded. */
export interface TemplateSource {
  name: string;
  file: string;
  source: string;
}

/**
 * The templates to run: the named ones (or all) under `dir`, with their source read.
 * @throws LocalStackOptionsError for a name with no `<dir>/<name>/template.yaml`, listing those there are
 */
export function readStackTemplates(dir: string | undefined, names: readonly string[] | undefined): TemplateSource[] {
  const folder = dir ?? findTemplatesDir();
  const files = listTemplateFiles(folder);
  const byName = new Map(files.map((file) => [basename(dirname(file)), file]));
  const chosen = names ?? [...byName.keys()];
  const unknown = chosen.filter((name) => !byName.has(name));
  if (unknown.length > 0) {
    throw new LocalStackOptionsError(`No template named ${unknown.map((name) => `"${name}"`).join(", ")} in ${folder}; there are: ${[...byName.keys()].join(", ")}.`);
  }
  if (chosen.length === 0) throw new LocalStackOptionsError(`No template to run: templates is empty (there are: ${[...byName.keys()].join(", ")}).`);
  return [...new Set(chosen)].map((name) => {
    const file = byName.get(name)!;
    return { name, file, source: readFileSync(file, "utf8") };
  });
}

/**
 * Loads one template with the route loader (its parameter overrides, region and account): the
 * model, or the problems that keep it from loading.
 */
export function loadStackTemplate(
  template: TemplateSource,
  parameters: Record<string, string>,
  options: { region: string; accountId: string },
): { model?: TemplateModel; problems: Problem[] } {
  const check = checkTemplateSource(template.source, template.file, { parameters, region: options.region, accountId: options.accountId, name: template.name });
  return check.problems.length > 0 ? { problems: check.problems } : { ...(check.model ? { model: check.model } : {}), problems: [] };
}
