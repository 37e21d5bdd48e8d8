import { uriEncode } from "../../authorize/sigv4/uri-encode";

/**
 * A `{param}` of an AWS integration ARN, filled from `integration.request.path.*`: the whole value
 * is one encoded piece, so a greedy `{key+}` value `a/b.png` becomes `a%2Fb.png` (API Gateway sends
 * it so; S3 decodes it back into the key `a/b.png`). SigV4's RFC 3986 encoding, so that what is sent
 * is exactly what gets signed.
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
