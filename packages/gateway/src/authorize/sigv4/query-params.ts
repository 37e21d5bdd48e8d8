import { percentDecode } from "./uri-encode";

/** One `key=value` pair of a query string, percent-decoded. */
export interface QueryParam {
  key: string;
  value: string;
}

/**
 * Splits a raw query string (without `?`) into decoded pairs, in order. `a` and `a=`
 * both give an empty value; empty segments (`a=1&&b=2`) are skipped.
 */
export function parseQueryParams(rawQuery: string): QueryParam[] {
  const params: QueryParam[] = [];
  if (rawQuery === "") return params;
  for (const segment of rawQuery.split("&")) {
    if (segment === "") continue;
    const eq = segment.indexOf("=");
    const key = eq === -1 ? segment : segment.slice(0, eq);
    const value = eq === -1 ? "" : segment.slice(eq + 1);
    params.push({ key: percentDecode(key), value: percentDecode(value) });
  }
  return params;
}

/** The first value of `key` (exact, case-sensitive match as AWS does), if present. */
export function firstQueryValue(params: readonly QueryParam[], key: string): string | undefined {
  for (const param of params) if (param.key === key) return param.value;
  return undefined;
}
