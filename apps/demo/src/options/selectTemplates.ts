import type { TemplateModel } from "@apigw-playground/routes";
import { UsageError } from "../errors/UsageError";

/**
 * The templates `--only` names, in the route model's order (all of them without `--only`).
 * @throws UsageError naming the unknown names and listing the valid ones
 */
export function selectTemplates<T extends Pick<TemplateModel, "name">>(templates: readonly T[], only: readonly string[] | undefined, flag = "--only"): T[] {
  if (only === undefined) return [...templates];
  checkNames(templates, only, flag);
  return templates.filter((template) => only.includes(template.name));
}

/**
 * Checks that every name is a template's.
 * @throws UsageError naming the unknown ones and listing the valid ones
 */
export function checkNames(templates: readonly Pick<TemplateModel, "name">[], names: readonly string[], flag: string): void {
  const known = templates.map((template) => template.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length === 0) return;
  const what = unknown.length === 1 ? `Unknown template "${unknown[0]}"` : `Unknown templates ${unknown.map((name) => `"${name}"`).join(", ")}`;
  throw new UsageError(`${what} in ${flag}: the templates are ${known.join(", ")}.`);
}
