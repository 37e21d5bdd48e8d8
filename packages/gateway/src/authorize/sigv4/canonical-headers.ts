/** Request headers as the gateway receives them: names lower-cased, repeats as arrays. */
export type RequestHeaders = Record<string, string | string[] | undefined>;

/**
 * The canonical headers block: one `name:value\n` line per signed header, in the order
 * of the signed-header list (which the signer sorted). Values are trimmed and inner runs
 * of whitespace (including folded lines) collapse to one space; a header sent several
 * times gives its values joined with `,` in the order received. A signed header that is
 * absent contributes an empty value, so the signature simply fails to match.
 */
export function canonicalHeaders(headers: RequestHeaders, signedHeaders: readonly string[]): string {
  let block = "";
  for (const name of signedHeaders) {
    block += `${name}:${canonicalHeaderValue(headers[name])}\n`;
  }
  return block;
}

function canonicalHeaderValue(value: string | string[] | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "string") return collapse(value);
  return value.map(collapse).join(",");
}

function collapse(value: string): string {
  return value.trim().replace(/\s+/g, " ");
}

/** The first value of a header, or undefined when it is absent. */
export function headerValue(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
