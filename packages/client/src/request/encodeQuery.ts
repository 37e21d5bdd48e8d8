import { InvalidInputError } from "../errors/InvalidInputError";
import type { NamedParamDescriptor, OperationInput } from "../runtime/contract";
import { encodeRfc3986 } from "./encodeRfc3986";

/** Query parameters as sent, in order; a repeated key appears once per value. */
export type QueryPairs = Array<[name: string, value: string]>;

/**
 * The query pairs of a call: declared parameters first, in template order, then any
 * others the caller passed. Arrays become repeated keys; undefined values are left out.
 */
export function queryPairs(
  declared: readonly NamedParamDescriptor[],
  values: OperationInput["query"],
  operation: string,
): QueryPairs {
  const pairs: QueryPairs = [];
  const add = (name: string) => {
    const value = values?.[name];
    if (value === undefined) return;
    for (const item of Array.isArray(value) ? value : [value]) pairs.push([name, String(item)]);
  };
  for (const param of declared) {
    if (param.required && values?.[param.name] === undefined) {
      throw new InvalidInputError(`${operation} needs query parameter "${param.name}".`);
    }
    add(param.name);
  }
  for (const name of Object.keys(values ?? {})) {
    if (!declared.some((p) => p.name === name)) add(name);
  }
  return pairs;
}

/** `a=1&a=2&empty=` with RFC 3986 encoding (no `+` for spaces). */
export function formatQuery(pairs: QueryPairs): string {
  return pairs.map(([name, value]) => `${encodeRfc3986(name)}=${encodeRfc3986(value)}`).join("&");
}

/** The pairs as the signer takes them: decoded values, an array per repeated key. */
export function signerQuery(pairs: QueryPairs): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of pairs) {
    const existing = query[name];
    if (existing === undefined) query[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else query[name] = [existing, value];
  }
  return query;
}
