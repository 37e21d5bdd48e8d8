import { basename } from "node:path";
import type { TemplateModel } from "@apigw-playground/routes";

/** The package that writes the generated files, named in their header. */
export const generatorName = "@apigw-playground/codegen";

/**
 * The first line of a generated template module. The path is the one in the repository
 * (`templates/<name>/template.yaml`), not the absolute one, so the output does not depend on
 * where the checkout is.
 */
export function templateHeader(template: Pick<TemplateModel, "name" | "file">): string {
  return `// Generated from templates/${template.name}/${basename(template.file)} by ${generatorName} — do not edit.`;
}

/** The first line of the registry, `index.ts`. */
export const registryHeader = `// Generated from templates/*/template.yaml by ${generatorName} — do not edit.`;

const headerPattern = /^\/\/ Generated from \S+ by @apigw-playground\/codegen — do not edit\.$/;

/** Whether `contents` starts with a header this generator writes: the file is ours to replace or delete. */
export function isGeneratedSource(contents: string): boolean {
  const firstLine = contents.split("\n", 1)[0] ?? "";
  return headerPattern.test(firstLine.trimEnd());
}
