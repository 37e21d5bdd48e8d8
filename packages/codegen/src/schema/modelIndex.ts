import type { JsonSchema } from "@apigw-playground/routes";
import { isIdentifier, pascalCase } from "../print/identifiers";
import { canonicalJson } from "./json";
import type { SchemaTypeContext } from "./schemaToType";
import type { TypeNames } from "./typeNames";

const schemaRef = /^#\/(?:components\/schemas|definitions)\/([^/]+)$/;

/**
 * An API's models (`components.schemas`) with their type names, and which of them the
 * generated module uses.
 *
 * The route loader inlines `$ref`s, keeping only the name of a schema that is itself a `$ref`
 * (`MediaTypeModel.modelName`). A model used inside another (`ItemList.items` → `Item`) is
 * recognised by content: a nested schema equal to a model's schema (keys in any order) is
 * written as that model's name. Only structured schemas (objects, arrays, enums,
 * compositions) are matched, so a bare `{ type: string }` never becomes a model name; when
 * two models have the same content the first in template order wins.
 */
export class ModelIndex {
  private readonly names = new Map<string, string>();
  private readonly byContent = new Map<string, string>();
  private readonly used = new Set<string>();

  /** Claims a type name for every model, in template order, so names do not depend on which are used. */
  constructor(
    readonly models: Readonly<Record<string, JsonSchema>>,
    typeNames: TypeNames,
  ) {
    for (const [model, schema] of Object.entries(models)) {
      this.names.set(model, typeNames.claim(isIdentifier(model) ? model : pascalCase(model)));
      const key = canonicalJson(schema);
      if (isStructured(schema) && !this.byContent.has(key)) this.byContent.set(key, model);
    }
  }

  /** The type name of a model, recording the use; `undefined` for an unknown model. */
  use(model: string): string | undefined {
    const name = this.names.get(model);
    if (name !== undefined) this.used.add(model);
    return name;
  }

  /** The model whose schema equals `schema`, if any. */
  match(schema: JsonSchema): string | undefined {
    return isStructured(schema) ? this.byContent.get(canonicalJson(schema)) : undefined;
  }

  /** The models used so far, in template order. */
  usedModels(): string[] {
    return Object.keys(this.models).filter((model) => this.used.has(model));
  }

  /** The schema conversion's view of the models. */
  readonly context: SchemaTypeContext = {
    modelType: (schema) => {
      const model = this.match(schema);
      return model === undefined ? undefined : this.use(model);
    },
    refType: (ref) => {
      const model = schemaRef.exec(ref)?.[1];
      return model === undefined ? undefined : this.use(decodeURIComponent(model).replaceAll("~1", "/").replaceAll("~0", "~"));
    },
  };
}

const structuredKeywords = ["properties", "additionalProperties", "patternProperties", "items", "enum", "oneOf", "anyOf", "allOf"];

function isStructured(schema: JsonSchema): boolean {
  if (schema.type === "object" || schema.type === "array") return true;
  return structuredKeywords.some((keyword) => schema[keyword] !== undefined);
}
