import type { Comment } from "../print/doc";
import { isObject } from "./json";

// JSON Schema (draft 4, as API Gateway models are written) keywords worth showing to a caller,
// in the order they are shown. They document what the request validator checks; the types
// cannot express them.
const documentedKeywords = [
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "exclusiveMinimum",
  "maximum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "default",
] as const;

/**
 * The JSDoc for a schema: its `title` and `description`, then one `@keyword value` tag per
 * constraint (`@maxLength 128`, `@default "en"`), and `@deprecated` when it says so.
 * `undefined` when there is nothing to say.
 */
export function schemaComment(schema: unknown, lead: string[] = []): Comment | undefined {
  const paragraphs = [...lead];
  if (isObject(schema)) {
    if (typeof schema.title === "string") paragraphs.push(schema.title);
    if (typeof schema.description === "string") paragraphs.push(schema.description);
    const tags = documentedKeywords
      .filter((keyword) => schema[keyword] !== undefined)
      .map((keyword) => `@${keyword} ${tagValue(keyword, schema[keyword])}`);
    if (schema.deprecated === true) tags.push("@deprecated");
    if (tags.length > 0) paragraphs.push(tags.join("\n"));
  }
  const text = paragraphs.filter((paragraph) => paragraph.trim() !== "");
  return text.length === 0 ? undefined : { paragraphs: text };
}

function tagValue(keyword: string, value: unknown): string {
  // A pattern is shown as written, not as a JSON string with doubled backslashes.
  if (keyword === "pattern" && typeof value === "string") return value;
  if (keyword === "format" && typeof value === "string") return value;
  return JSON.stringify(value);
}
