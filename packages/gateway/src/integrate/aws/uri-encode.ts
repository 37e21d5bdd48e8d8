/**
 * RFC 3986 percent-encoding of everything but the unreserved characters (`A-Z a-z 0-9 - . _ ~`),
 * as SigV4 canonical requests encode: what is sent is then exactly what gets signed.
 */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A `{param}` of an AWS integration ARN, filled from `integration.request.path.*`: the whole value
 * is one encoded piece, so a greedy `{key+}` value `a/b.png` becomes `a%2Fb.png` (API Gateway sends
 * it so; S3 decodes it back into the key `a/b.png`).
 */
export function encodeAwsPathValue(value: string): string {
  return uriEncode(value);
}

/**
 * The literal path of an ARN (`path/{bucket}/…` after substitution): characters that may not appear
 * in a URL path are encoded, `%XX` escapes and `/` are kept.
 */
export function encodeLiteralPath(path: string): string {
  return path.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/gu, (c) => encodeURIComponent(c));
}
