/**
 * RFC 3986 encoding as SigV4 uses it: every byte except the unreserved characters
 * `A-Z a-z 0-9 - _ . ~` becomes `%XY` (upper-case hex, UTF-8 bytes).
 */
export function uriEncode(value: string): string {
  // encodeURIComponent leaves !'()* alone; SigV4 encodes them.
  return encodeURIComponent(value).replace(/[!'()*]/g, escapeReserved);
}

function escapeReserved(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
}

/**
 * Decodes `%XY` escapes into UTF-8 text. A `%` that does not start a valid escape, or
 * escapes that are not valid UTF-8, stay as they are: the signer never produced them,
 * so keeping them literal makes the signature fail instead of the gateway crashing.
 * `+` stays `+` (SigV4 does not treat it as a space).
 */
export function percentDecode(value: string): string {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    // Malformed escapes: decode the well-formed runs one by one, keep the rest literal.
    return value.replace(/(?:%[0-9A-Fa-f]{2})+/g, decodeRunOrKeep);
  }
}

function decodeRunOrKeep(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    return run;
  }
}
