/** A query string decoded the way API Gateway hands it to mappings. */
export interface QueryParameters {
  /** Name → last value (API Gateway keeps the last value of a repeated single-value parameter). */
  single: Record<string, string>;
  /** Name → every value in order (`method.request.multivaluequerystring.*`). */
  multi: Record<string, string[]>;
}

const EMPTY: QueryParameters = Object.freeze({ single: Object.freeze({}), multi: Object.freeze({}) }) as QueryParameters;

/**
 * Decodes `a=1&b=x%20y&a=2`: `+` is a space, percent-escapes are decoded (a malformed escape is
 * kept as written), a name without `=` has the empty value.
 */
export function parseQueryString(rawQuery: string): QueryParameters {
  if (rawQuery === "") return EMPTY;
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const pair of rawQuery.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const name = decodeQueryComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? "" : decodeQueryComponent(pair.slice(eq + 1));
    single[name] = value;
    const values = multi[name];
    if (values === undefined) multi[name] = [value];
    else values.push(value);
  }
  return { single, multi };
}

function decodeQueryComponent(text: string): string {
  const spaced = text.includes("+") ? text.replaceAll("+", " ") : text;
  if (!spaced.includes("%")) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A malformed escape (`%zz`) is passed on as written rather than refusing the request.
    return spaced;
  }
}
