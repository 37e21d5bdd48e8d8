import { InvalidInputError } from "../errors/InvalidInputError";
import type { PathParamDescriptor } from "../runtime/contract";
import { encodeRfc3986 } from "./encodeRfc3986";

/** A path template split once into literal text and parameters. */
type CompiledPath = Array<string | { name: string; greedy: boolean }>;

const compiled = new Map<string, CompiledPath>();

function compile(template: string, params: readonly PathParamDescriptor[]): CompiledPath {
  const parts: CompiledPath = [];
  let last = 0;
  for (const match of template.matchAll(/\{([^}]+?)(\+?)\}/g)) {
    const [whole, name = "", plus] = match;
    parts.push(template.slice(last, match.index));
    // `{key+}` in the template or greedy in the descriptor: either marks a greedy parameter.
    parts.push({ name, greedy: plus === "+" || (params.find((p) => p.name === name)?.greedy ?? false) });
    last = match.index + whole.length;
  }
  parts.push(template.slice(last));
  return parts;
}

/**
 * Fill an OpenAPI path (`/items/{id}`, `/objects/{key+}`) with encoded values. A
 * plain parameter is one segment (`/` becomes `%2F`); a greedy one keeps its `/`
 * and encodes each segment between them.
 */
export function expandPath(
  template: string,
  params: readonly PathParamDescriptor[],
  values: Readonly<Record<string, string | number>> | undefined,
  operation: string,
): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = compile(template, params);
    compiled.set(template, parts);
  }
  let path = "";
  for (const part of parts) {
    if (typeof part === "string") {
      path += part;
      continue;
    }
    const value = values?.[part.name];
    if (value === undefined || value === "") {
      throw new InvalidInputError(`${operation} needs path parameter "${part.name}" (a non-empty value).`);
    }
    const text = String(value);
    path += part.greedy ? text.split("/").map(encodeRfc3986).join("/") : encodeRfc3986(text);
  }
  return path;
}
