import type { TemplateModel } from "@apigw-playground/routes";
import { concat, group, objectLiteral, renderStatement } from "../print/doc";
import { registryHeader } from "../print/header";
import { propertyKey, stringLiteral } from "../print/identifiers";
import { factoryName } from "./templateModule";

/**
 * The source of `src/generated/index.ts`: `templates`, template name → factory, in name
 * order, which `definePlaygroundClient` turns into `client.<template>` properties.
 */
export function registryModule(templates: ReadonlyArray<Pick<TemplateModel, "name">>): string {
  const names = templates.map((template) => template.name);
  const imports = names.map((name) =>
    renderStatement(concat("import ", group("{", "}", [{ doc: factoryName(name) }], { separator: ",", padded: true }), ` from ${stringLiteral(`./${name}`)};`)),
  );
  const registry = renderStatement(
    concat(
      "export const templates = ",
      objectLiteral(names.map((name) => ({ doc: `${propertyKey(name)}: ${factoryName(name)}` })), true),
      " as const satisfies TemplateRegistry;",
    ),
    { paragraphs: ["Template name → the factory of its operations: one `client.<template>` property each."] },
  );
  // Each template's models and inputs, as a type-only namespace: `import type { dynamodb } ...; dynamodb.Item`.
  const namespaces = names.map((name) => `export type * as ${namespaceName(name)} from ${stringLiteral(`./${name}`)};`);
  return [registryHeader, 'import type { TemplateRegistry } from "../runtime";', ...imports, "", registry, "", ...namespaces, ""].join("\n");
}

/** `dynamodb` → `dynamodb`, `my-api` → `myApi`: the template name as an identifier. */
function namespaceName(name: string): string {
  const camel = name.replace(/[^A-Za-z0-9_$]+(.)?/g, (_, next: string | undefined) => (next ?? "").toUpperCase());
  return /^[0-9]/.test(camel) ? `_${camel}` : camel;
}
