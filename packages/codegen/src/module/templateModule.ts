import type { ApiModel, TemplateModel } from "@apigw-playground/routes";
import { concat, type Doc, group, type Member, objectLiteral, render, renderStatement, typeLiteral } from "../print/doc";
import { templateHeader } from "../print/header";
import { camelCase, pascalCase, propertyKey, stringLiteral } from "../print/identifiers";
import { operationComment } from "../route/operationComment";
import { routeDescriptor } from "../route/routeDescriptor";
import { routeInputType } from "../route/routeInput";
import { routeResults } from "../route/routeResults";
import { schemaComment } from "../schema/schemaComment";
import { schemaToType } from "../schema/schemaToType";
import { ModuleScope, type Statement, typeDeclaration } from "./moduleScope";

/** `dynamodb` → `createDynamodbOperations`: what the registry maps the template name to. */
export function factoryName(template: string): string {
  return `create${pascalCase(template)}Operations`;
}

/**
 * The source of `src/generated/<template>.ts` for a template with one REST API: header,
 * runtime imports, the models the routes use, then per route its types and descriptor, then
 * the factory binding each route with `defineOperation`.
 */
export function templateModule(template: TemplateModel, api: ApiModel): string {
  const scope = new ModuleScope(api.models);
  const routeStatements: Statement[] = [];
  const operations: Member[] = [];
  const constNames = new Set(["binaryMediaTypes", factoryName(template.name)]);

  for (const route of api.routes) {
    const typePrefix = pascalCase(route.operationId);
    const declarations: Statement[] = [];
    const input = routeInputType(route, api, scope, { body: `${typePrefix}Body` }, declarations);
    const results = routeResults(route, api, scope, typePrefix, declarations);
    routeStatements.push(...declarations);

    let inputName = "undefined";
    if (input !== undefined) {
      inputName = scope.names.claim(`${typePrefix}Input`);
      routeStatements.push({
        doc: concat(`export type ${inputName} = `, input.doc, ";"),
        comment: { paragraphs: [`Input of \`${route.operationId}\` (\`${route.method} ${route.path}\`).`] },
      });
    }
    const typeArgs: Doc[] = [inputName, results.output.doc];
    if (results.errors.length > 0) {
      const errorsName = scope.names.claim(`${typePrefix}Errors`);
      routeStatements.push({
        doc: concat(
          `export type ${errorsName} = `,
          typeLiteral(results.errors.map((error) => ({ doc: concat(`${error.status}: `, error.type.doc) }))),
          ";",
        ),
        comment: {
          paragraphs: [
            `Error bodies of \`${route.operationId}\` by status: what \`isRouteError(error, client.${template.name}.${route.operationId}, status)\` narrows \`error.body\` to.`,
          ],
        },
      });
      typeArgs.push(errorsName);
    }
    const constName = uniqueName(`${camelCase(route.operationId)}Route`, constNames);
    routeStatements.push({
      doc: concat(`const ${constName} = `, routeDescriptor(route, api), ` as const satisfies ${scope.runtime("RouteDescriptor")};`),
    });
    operations.push({
      doc: concat(
        `${propertyKey(route.operationId)}: ${scope.runtime("defineOperation")}`,
        group("<", ">", typeArgs.map((doc) => ({ doc })), { separator: "," }),
        group("(", ")", ["invoker", stringLiteral(template.name), constName].map((doc) => ({ doc })), { separator: "," }),
      ),
      comment: operationComment(route, results),
    });
  }

  const modelStatements = declareModels(scope);
  const factory: Statement = {
    // The returned object sits one level in: lay it out at indent 2, after `  return `.
    doc: `export function ${factoryName(template.name)}(invoker: ${scope.runtime("Invoker")}) {\n  return ${render(objectLiteral(operations, true), 2, 9, 1)};\n}`,
    comment: {
      paragraphs: [
        `The operations of the ${template.name} template, bound to \`invoker\`: what \`client.${template.name}\` holds.`,
        ...(template.description === undefined ? [] : [template.description]),
      ],
    },
  };
  const binaryMediaTypes: Statement = {
    doc: concat("const binaryMediaTypes = ", group("[", "]", api.binaryMediaTypes.map((type) => ({ doc: stringLiteral(type) })), { separator: "," }), " as const;"),
    comment: { paragraphs: ["The API's binaryMediaTypes: payloads of these types travel as bytes."] },
  };

  const imports = scope.runtimeImports().map((name) => ({ doc: name === "defineOperation" ? name : `type ${name}` }));
  const importLine: Statement = { doc: concat("import ", group("{", "}", imports, { separator: ",", padded: true }), ' from "../runtime";') };
  const body = [...modelStatements, binaryMediaTypes, ...routeStatements, factory].map((s) => renderStatement(s.doc, s.comment));
  return `${templateHeader(template)}\n${renderStatement(importLine.doc)}\n\n${body.join("\n\n")}\n`;
}

/** Declarations of the models used, in template order, adding those the declared ones use. */
function declareModels(scope: ModuleScope): Statement[] {
  const declared = new Map<string, Statement>();
  for (let pending = scope.models.usedModels(); pending.length > 0; ) {
    for (const model of pending) {
      const schema = scope.models.models[model];
      const name = scope.models.use(model)!;
      declared.set(model, typeDeclaration(name, schemaToType(schema, scope.models.context, { root: true }), schemaComment(schema)));
    }
    pending = scope.models.usedModels().filter((model) => !declared.has(model));
  }
  return scope.models.usedModels().map((model) => declared.get(model)!);
}

function uniqueName(preferred: string, taken: Set<string>): string {
  let name = preferred;
  for (let n = 2; taken.has(name); n++) name = `${preferred}${n}`;
  taken.add(name);
  return name;
}
