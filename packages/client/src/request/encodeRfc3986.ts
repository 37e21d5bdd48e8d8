/**
 * Percent-encode everything but RFC 3986's unreserved characters (A-Z a-z 0-9 - . _ ~),
 * as SigV4 does. Sending exactly this form means API Gateway's decode-then-encode of
 * the path and query gives back the bytes the client signed.
 */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
