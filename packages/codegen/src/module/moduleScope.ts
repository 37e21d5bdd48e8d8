import type { JsonSchema, MediaTypeModel } from "@apigw-playground/routes";
import { type Comment, concat, type Doc, flat, type Group } from "../print/doc";
import { ModelIndex } from "../schema/modelIndex";
import { schemaComment } from "../schema/schemaComment";
import { atom, schemaToType, type TypeDoc, unknownType } from "../schema/schemaToType";
import { TypeNames } from "../schema/typeNames";

/** A top-level declaration of a generated module. */
export interface Statement {
  doc: Doc;
  comment?: Comment | undefined;
}

/** What the runtime module exports that generated code may import (`../runtime`). */
export type RuntimeImport =
  | "BinaryBody"
  | "BinaryResult"
  | "defineOperation"
  | "HttpMethod"
  | "Invoker"
  | "QueryValue"
  | "RouteDescriptor"
  | "TemplateRegistry";

/**
 * What the parts of one generated template module share: the type names taken, the API's
 * models and which are used, the runtime names imported, and the type declarations routes add.
 */
export class ModuleScope {
  readonly names = new TypeNames();
  readonly models: ModelIndex;
  private readonly imports = new Set<RuntimeImport>();

  constructor(models: Readonly<Record<string, JsonSchema>>) {
    this.models = new ModelIndex(models, this.names);
  }

  /** Import `name` from the runtime and return it. */
  runtime(name: RuntimeImport): string {
    this.imports.add(name);
    return name;
  }

  /** The runtime names imported, sorted as biome sorts them (case-insensitively). */
  runtimeImports(): RuntimeImport[] {
    return [...this.imports].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  }

  /**
   * The type of a JSON payload: its model's name when the schema is a model (by `$ref` or by
   * content); otherwise the converted schema, declared under `preferredName` (pushed on
   * `declarations`) when it holds an object type, so the result reads `PutItemOutput`, not a
   * long literal.
   */
  payloadType(media: MediaTypeModel | undefined, preferredName: string, declarations: Statement[]): TypeDoc {
    if (media?.modelName !== undefined) {
      const model = this.models.use(media.modelName);
      if (model !== undefined) return atom(model);
    }
    if (media?.schema === undefined) return unknownType;
    const type = schemaToType(media.schema, this.models.context);
    const text = flat(type.doc);
    if (text !== undefined && !text.includes("{")) return type;
    const name = this.names.claim(preferredName);
    declarations.push(typeDeclaration(name, type, schemaComment(media.schema)));
    return atom(name);
  }
}

/**
 * `export interface Name { ... }` for an object type (one member per line), otherwise
 * `export type Name = ...;`.
 */
export function typeDeclaration(name: string, type: TypeDoc, comment?: Comment): Statement {
  const doc = type.doc;
  if (typeof doc !== "string" && doc.kind === "group" && doc.open === "{") {
    const body: Group = { ...doc, broken: true };
    return { doc: concat(`export interface ${name} `, body), comment };
  }
  return { doc: concat(`export type ${name} = `, doc, ";"), comment };
}
