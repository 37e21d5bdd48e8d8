/** `application/json; charset=utf-8` → `application/json` (lower-cased, parameters dropped). */
export function mediaTypeOf(headerValue: string | undefined): string | undefined {
  if (headerValue === undefined) return undefined;
  const semicolon = headerValue.indexOf(";");
  const type = (semicolon < 0 ? headerValue : headerValue.slice(0, semicolon)).trim().toLowerCase();
  return type === "" ? undefined : type;
}

/** The first media type of an Accept header: API Gateway honours only the first one. */
export function firstAcceptType(accept: string | undefined): string | undefined {
  if (accept === undefined) return undefined;
  const comma = accept.indexOf(",");
  return mediaTypeOf(comma < 0 ? accept : accept.slice(0, comma));
}

/**
 * Whether a media type is one of the API's `binaryMediaTypes`; entries may use wildcards
 * (`image/*`, `*\/*`), and so may the media type (an `Accept: *\/*`).
 */
export function isBinaryMediaType(mediaType: string | undefined, binaryMediaTypes: readonly string[]): boolean {
  if (mediaType === undefined || binaryMediaTypes.length === 0) return false;
  const [type = "", subtype = ""] = mediaType.split("/");
  for (const entry of binaryMediaTypes) {
    const [entryType = "", entrySubtype = ""] = entry.toLowerCase().split("/");
    if (entryType !== "*" && type !== "*" && entryType !== type) continue;
    if (entrySubtype !== "*" && subtype !== "*" && entrySubtype !== subtype) continue;
    return true;
  }
  return false;
}
