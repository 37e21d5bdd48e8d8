import type { TemplateModel } from "@apigw-playground/routes";
import { UnsupportedTemplateError } from "./errors/UnsupportedTemplateError";
import { registryModule } from "./module/registryModule";
import { templateModule } from "./module/templateModule";

/** The registry's file name in the generated folder. */
export const registryFile = "index.ts";

/**
 * The client's generated modules for `templates`: `<template>.ts` per template with a REST API
 * and the registry `index.ts`, keyed by path relative to the generated folder
 * (packages/client/src/generated), sorted by path. Pure and deterministic: the same models give
 * the same bytes, whatever order they come in (no timestamps, no absolute paths).
 *
 * A template without a REST API has no module (nothing to call). A template with more than one
 * is refused, as is one named `index`: the client has one endpoint, one `client.<template>`
 * property and one file per template.
 *
 * @throws UnsupportedTemplateError naming the template and what to change
 * @example
 * const files = generateClientModules(loadTemplates());
 * files.get("dynamodb.ts"); // "// Generated from templates/dynamodb/template.yaml by @apigw-playground/codegen — do not edit.\n..."
 */
export function generateClientModules(templates: readonly TemplateModel[]): Map<string, string> {
  const sorted = [...templates].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const seen = new Set<string>();
  const files = new Map<string, string>();
  const withApi: TemplateModel[] = [];
  for (const template of sorted) {
    checkName(template, seen);
    const [api, ...others] = template.apis;
    if (api === undefined) continue;
    if (others.length > 0) {
      throw new UnsupportedTemplateError(
        template.name,
        `templates/${template.name} defines ${template.apis.length} REST APIs (${template.apis.map((a) => a.logicalId).join(", ")}); the client calls one API per template (one endpoint, one client.${template.name}): move the others to templates of their own.`,
      );
    }
    files.set(`${template.name}.ts`, templateModule(template, api));
    withApi.push(template);
  }
  files.set(registryFile, registryModule(withApi));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function checkName(template: TemplateModel, seen: Set<string>): void {
  const { name } = template;
  if (seen.has(name)) {
    throw new UnsupportedTemplateError(name, `two templates are named ${name}; template names (their folders) must be unique.`);
  }
  seen.add(name);
  if (`${name}.ts` === registryFile) {
    throw new UnsupportedTemplateError(name, `a template cannot be named ${name}: src/generated/${registryFile} is the registry; rename its folder.`);
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) {
    throw new UnsupportedTemplateError(
      name,
      `the template name "${name}" cannot name a generated file and a client property; use letters, digits, "-" and "_" (rename its folder).`,
    );
  }
}


