/** Names in generated code: property keys, type names, constants. */

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Whether `name` can be written unquoted as a property key or binding. */
export function isIdentifier(name: string): boolean {
  return identifier.test(name);
}

/**
 * A property key as written in generated code: bare when it is an identifier, otherwise a
 * double-quoted string (`"Content-Type"`, `"200"`).
 */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/**
 * `putItem` → `PutItem`, `list-objects_v2` → `ListObjectsV2`, `Item` → `Item`: words split at
 * anything that is not a letter or digit, each capitalised, the rest kept. A leading digit
 * gets a `_` so the result is an identifier.
 */
export function pascalCase(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
  const joined = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
  if (joined === "") return "_";
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

/** `putItem` → `putItem`, `list-objects` → `listObjects`. */
export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal.startsWith("_") ? pascal : pascal[0]!.toLowerCase() + pascal.slice(1);
}

/** A string literal in double quotes (JSON's escaping is valid TypeScript). */
export function stringLiteral(value: string): string {
  return JSON.stringify(value);
}
