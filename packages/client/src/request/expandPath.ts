import { InvalidInputError } from "../errors/InvalidInputError";
import type { PathParamDescriptor } from "../runtime/contract";
import { encodeRfc3986 } from "./encodeRfc3986";

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
  return template.replace(/\{([^}]+?)(\+?)\}/g, (_match, name: string) => {
    const value = values?.[name];
    if (value === undefined || value === "") {
      throw new InvalidInputError(`${operation} needs path parameter "${name}" (a non-empty value).`);
    }
    const greedy = params.find((p) => p.name === name)?.greedy ?? false;
    const text = String(value);
    return greedy ? text.split("/").map(encodeRfc3986).join("/") : encodeRfc3986(text);
  });
}
