/** Headers as received: names lower-cased, repeated headers as arrays in arrival order. */
export type RequestHeaders = Record<string, string | string[] | undefined>;

/** The request as the client sent it, before any stage looks at it. */
export interface MethodRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** The request target's path as received, still percent-encoded, stage included: `/v1/items/a%20b`. */
  rawPath: string;
  /** The query string as received, without `?` (may be empty). */
  rawQuery: string;
  headers: RequestHeaders;
  body: Buffer;
  sourceIp: string;
  /** `HTTP/1.1` */
  protocol: string;
}

/** The last value of a header (API Gateway keeps the last of repeated single-value parameters). */
export function lastHeader(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name];
  if (value === undefined) return undefined;
  return typeof value === "string" ? value : value[value.length - 1];
}

/** Every value of a header, in arrival order. */
export function allHeaderValues(headers: RequestHeaders, name: string): string[] {
  const value = headers[name];
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value;
}

/** Header names → last value, for `$input.params()` and `method.request.header.*`. */
export function singleValueHeaders(headers: RequestHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = lastHeader(headers, name);
    if (value !== undefined) out[name] = value;
  }
  return out;
}
