import type { JsonSchema } from "@apigw-playground/routes";
import { concat, type Doc, flat, group, type Member, typeLiteral, union } from "../print/doc";
import { propertyKey } from "../print/identifiers";
import { isObject } from "./json";
import { schemaComment } from "./schemaComment";

/**
 * How tightly a type binds, for parentheses: a union inside an array or an intersection
 * needs them (`(A | B)[]`), a name or a literal never does.
 */
export type Precedence = "union" | "intersection" | "atom";

/** A TypeScript type as a doc, with its precedence. */
export interface TypeDoc {
  doc: Doc;
  precedence: Precedence;
  /** A union's members, so that a union of unions flattens. */
  members?: TypeDoc[];
}

/** What the conversion asks of the module it writes into. */
export interface SchemaTypeContext {
  /**
   * The type name to use for `schema` when it is one of the API's models (the route loader
   * inlines `$ref`s, so a model is recognised by its content), recording the use.
   */
  modelType(schema: JsonSchema): string | undefined;
  /** The type name for a `$ref` the loader kept (a recursive model), recording the use. */
  refType(ref: string): string | undefined;
}

export interface SchemaTypeOptions {
  /** The schema is the model being declared: do not replace it by its own name. */
  root?: boolean;
}

export const atom = (doc: Doc): TypeDoc => ({ doc, precedence: "atom" });
export const unknownType = atom("unknown");

/**
 * A JSON Schema (API Gateway models are draft 4, plus OpenAPI's `nullable`) as a TypeScript type:
 *
 * - `string`/`integer`/`number`/`boolean`/`null` → `string`/`number`/`boolean`/`null`;
 *   `format` changes nothing (`binary` bodies are decided per media type, not here);
 * - `enum`/`const` → a union of literals; `nullable: true` and `type: [..., "null"]` add `| null`;
 * - `array` → `T[]` (`unknown[]` without `items`; draft-4 tuple `items: [...]` → `[A, B, ...unknown[]]`);
 * - `object` → a type literal, properties required per `required`, names quoted when they
 *   are not identifiers. `additionalProperties: false` closes it; a schema gives an index
 *   signature (`Record<string, T>` without properties); `true` gives `[key: string]: unknown`.
 *   When `additionalProperties` is absent the object is closed if it declares properties
 *   (the model documents the shape; TypeScript's excess-property checks then catch typos)
 *   and open (`Record<string, unknown>`) if it declares none. `patternProperties` add their
 *   types to the index signature (TypeScript cannot express the pattern);
 * - `oneOf`/`anyOf` → a union (each member merged with the object around it), `allOf` → an intersection;
 * - anything else, or no schema → `unknown`. `not` is ignored.
 */
export function schemaToType(schema: unknown, context: SchemaTypeContext, options: SchemaTypeOptions = {}): TypeDoc {
  if (schema === false) return atom("never");
  if (!isObject(schema)) return unknownType;
  if (typeof schema.$ref === "string") return atom(context.refType(schema.$ref) ?? "unknown");
  if (!options.root) {
    const model = context.modelType(schema);
    if (model !== undefined) return atom(model);
  }
  const base = composedType(schema, context);
  return schema.nullable === true ? unionOf([base, atom("null")]) : base;
}

function composedType(schema: JsonSchema, context: SchemaTypeContext): TypeDoc {
  const parts: TypeDoc[] = [];
  const alternatives = [schema.oneOf, schema.anyOf].filter(Array.isArray);
  const own = ownSchema(schema);
  if (alternatives.length > 0) {
    // `{ type: object, properties: {...}, oneOf: [{ required: [a] }, { required: [b] }] }`:
    // each alternative is the surrounding schema with the alternative's keywords added.
    const structural = hasStructure(own);
    for (const members of alternatives) {
      parts.push(unionOf(members.map((member) => schemaToType(structural ? mergeSchemas(own, member) : member, context))));
    }
  } else {
    const type = ownType(own, context);
    if (type !== undefined) parts.push(type);
  }
  if (Array.isArray(schema.allOf)) parts.push(...schema.allOf.map((member) => schemaToType(member, context)));
  return intersectionOf(parts);
}

/** The schema without its composition keywords (and without `nullable`, applied outside). */
function ownSchema(schema: JsonSchema): JsonSchema {
  const { oneOf: _oneOf, anyOf: _anyOf, allOf: _allOf, nullable: _nullable, not: _not, ...own } = schema;
  return own;
}

const structuralKeywords = ["type", "enum", "const", "properties", "required", "additionalProperties", "patternProperties", "items"];

function hasStructure(schema: JsonSchema): boolean {
  return structuralKeywords.some((keyword) => schema[keyword] !== undefined);
}

function mergeSchemas(outer: JsonSchema, member: unknown): JsonSchema {
  if (!isObject(member)) return outer;
  const merged: JsonSchema = { ...outer, ...member };
  if (isObject(outer.properties) || isObject(member.properties)) {
    merged.properties = { ...(isObject(outer.properties) ? outer.properties : {}), ...(isObject(member.properties) ? member.properties : {}) };
  }
  const required = [...strings(outer.required), ...strings(member.required)];
  if (required.length > 0) merged.required = [...new Set(required)];
  return merged;
}

function ownType(schema: JsonSchema, context: SchemaTypeContext): TypeDoc | undefined {
  if (Array.isArray(schema.enum)) {
    const literals = schema.enum.map(literalType);
    if (literals.every((literal) => literal !== undefined)) return literals.length === 0 ? atom("never") : unionOf(literals);
  }
  if (schema.const !== undefined) {
    const literal = literalType(schema.const);
    if (literal !== undefined) return literal;
  }
  const types = typeNames(schema);
  if (types.length === 0) return undefined;
  return unionOf(types.map((type) => typeFor(type, schema, context)));
}

/** The schema's `type` as a list, or what its keywords imply when it has none. */
function typeNames(schema: JsonSchema): string[] {
  if (typeof schema.type === "string") return [schema.type];
  if (Array.isArray(schema.type)) return strings(schema.type);
  if (["properties", "additionalProperties", "patternProperties", "required"].some((k) => schema[k] !== undefined)) return ["object"];
  if (schema.items !== undefined) return ["array"];
  return [];
}

function typeFor(type: string, schema: JsonSchema, context: SchemaTypeContext): TypeDoc {
  switch (type) {
    case "string":
      return atom("string");
    case "integer":
    case "number":
      return atom("number");
    case "boolean":
      return atom("boolean");
    case "null":
      return atom("null");
    case "array":
      return arrayType(schema, context);
    case "object":
      return objectType(schema, context);
    default:
      return unknownType;
  }
}

function literalType(value: unknown): TypeDoc | undefined {
  if (typeof value === "string") return atom(JSON.stringify(value));
  if (typeof value === "number" && Number.isFinite(value)) return atom(String(value));
  if (typeof value === "boolean" || value === null) return atom(String(value));
  return undefined;
}

function arrayType(schema: JsonSchema, context: SchemaTypeContext): TypeDoc {
  if (Array.isArray(schema.items)) {
    const members: Member[] = schema.items.map((item) => ({ doc: schemaToType(item, context).doc }));
    if (schema.additionalItems !== false) {
      members.push({ doc: concat("...", arrayOf(schemaToType(schema.additionalItems, context)).doc) });
    }
    return atom(group("[", "]", members, { separator: "," }));
  }
  return arrayOf(schemaToType(schema.items, context));
}

/** `T[]`, with parentheses around a union or an intersection. */
export function arrayOf(item: TypeDoc, prefix = ""): TypeDoc {
  return atom(concat(prefix, parenthesized(item, "atom"), "[]"));
}

function objectType(schema: JsonSchema, context: SchemaTypeContext): TypeDoc {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(strings(schema.required));
  const names = [...Object.keys(properties), ...[...required].filter((name) => !(name in properties))];
  const index = indexSignatureType(schema, names.length > 0, context);

  if (names.length === 0) {
    if (index === undefined) return atom(schema.additionalProperties === false ? "Record<string, never>" : "Record<string, unknown>");
    return atom(concat("Record<string, ", index.doc, ">"));
  }

  const members: Member[] = [];
  const propertyTypes: TypeDoc[] = [];
  for (const name of names) {
    const property = properties[name];
    const type = schemaToType(property, context);
    const optional = !required.has(name);
    propertyTypes.push(type);
    if (optional) propertyTypes.push(atom("undefined"));
    members.push({ doc: concat(propertyKey(name), optional ? "?: " : ": ", type.doc), comment: schemaComment(property) });
  }
  if (index !== undefined) {
    // Every named property must fit the index signature, so it takes their types too.
    const value = flat(index.doc) === "unknown" ? index : unionOf([index, ...propertyTypes]);
    members.push({ doc: concat("[key: string]: ", value.doc) });
  }
  return atom(typeLiteral(members));
}

/**
 * The type of the properties an object allows besides its named ones, or `undefined` when it
 * allows none. See {@link schemaToType} for the rules.
 */
function indexSignatureType(schema: JsonSchema, declaresProperties: boolean, context: SchemaTypeContext): TypeDoc | undefined {
  const patterns = isObject(schema.patternProperties) ? Object.values(schema.patternProperties) : [];
  const patternTypes = patterns.map((pattern) => schemaToType(pattern, context));
  const additional = schema.additionalProperties;
  if (additional === true) return unknownType;
  if (isObject(additional)) return unionOf([schemaToType(additional, context), ...patternTypes]);
  if (patternTypes.length > 0) return unionOf(patternTypes);
  if (additional === false || declaresProperties) return undefined;
  return unknownType;
}

/** `A | B`, flattened and without duplicates; `unknown` absorbs everything, `never` drops out. */
export function unionOf(types: TypeDoc[]): TypeDoc {
  const members: TypeDoc[] = [];
  const seen = new Set<string>();
  for (const type of types.flatMap((t) => t.members ?? [t])) {
    const key = flat(type.doc) ?? JSON.stringify(type.doc);
    if (key === "unknown") return unknownType;
    if (key === "never" || seen.has(key)) continue;
    seen.add(key);
    members.push(type);
  }
  if (members.length === 0) return atom("never");
  if (members.length === 1) return members[0]!;
  return { doc: union(members.map((member) => member.doc)), precedence: "union", members };
}

/** `A & B`; `unknown` parts drop out. */
export function intersectionOf(types: TypeDoc[]): TypeDoc {
  const parts = types.filter((type) => flat(type.doc) !== "unknown");
  if (parts.length === 0) return unknownType;
  if (parts.length === 1) return parts[0]!;
  const docs: Doc[] = [];
  parts.forEach((part, i) => {
    if (i > 0) docs.push(" & ");
    docs.push(parenthesized(part, "intersection"));
  });
  return { doc: concat(...docs), precedence: "intersection" };
}

const rank: Record<Precedence, number> = { union: 0, intersection: 1, atom: 2 };

function parenthesized(type: TypeDoc, needed: Precedence): Doc {
  return rank[type.precedence] < rank[needed] ? concat("(", type.doc, ")") : type.doc;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
