import { TemplateProblemsError } from "../errors/TemplateProblemsError";
import type { TemplateModel } from "../model";
import { checkTemplate } from "./check-template";
import type { LoadOptions } from "./options";

/**
 * Loads a SAM/CloudFormation template into the route model.
 * @throws TemplateProblemsError listing every problem, when there is any
 * @throws TemplateNotFoundError when the file does not exist
 * @example
 * const model = loadTemplate("templates/dynamodb/template.yaml");
 * for (const route of model.apis[0].routes) console.log(routeLabel(route));
 */
export function loadTemplate(file: string, options: LoadOptions = {}): TemplateModel {
  const { model, problems } = checkTemplate(file, options);
  if (problems.length > 0 || !model) throw new TemplateProblemsError(problems);
  return model;
}
