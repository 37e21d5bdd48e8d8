import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { TemplateNotFoundError } from "../errors/TemplateNotFoundError";
import { TemplateProblemsError } from "../errors/TemplateProblemsError";
import type { Problem, TemplateModel } from "../model";
import { checkTemplate } from "./check-template";
import { findTemplatesDir } from "./find-templates-dir";
import type { LoadOptions } from "./options";

/** Options of {@link loadTemplates}: those of `loadTemplate` that make sense for every template. */
export type LoadTemplatesOptions = Omit<LoadOptions, "name" | "stackName">;

/** `<dir>/<name>/template.yaml` (or `.yml`/`.json`) for every sub-folder that has one, sorted by name. */
export function listTemplateFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new TemplateNotFoundError(`no templates folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ["template.yaml", "template.yml", "template.json"].map((file) => join(dir, entry.name, file)).find(existsSync))
    .filter((file): file is string => file !== undefined)
    .sort();
}

/**
 * Loads every template under `dir` (default: {@link findTemplatesDir}).
 * @throws TemplateProblemsError listing the problems of all templates together
 */
export function loadTemplates(dir: string = findTemplatesDir(), options: LoadTemplatesOptions = {}): TemplateModel[] {
  const models: TemplateModel[] = [];
  const problems: Problem[] = [];
  for (const file of listTemplateFiles(dir)) {
    const result = checkTemplate(file, options);
    problems.push(...result.problems);
    if (result.model) models.push(result.model);
  }
  if (problems.length > 0) throw new TemplateProblemsError(problems);
  return models;
}
