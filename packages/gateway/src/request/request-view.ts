import { type MethodRequest, type RequestHeaders, singleValueHeaders } from "./method-request";
import { parseQueryString, type QueryParameters } from "./query-string";

/**
 * What the stages read of a method request, each part derived once and only when asked for
 * (a class, not closures: the hot path creates one object per request and nothing else).
 */
export class RequestView {
  /** Filled by routing. */
  pathParameters: Record<string, string> = {};
  private queryCache: QueryParameters | undefined;
  private headerCache: Record<string, string> | undefined;
  private bodyCache: string | undefined;

  constructor(readonly request: MethodRequest) {}

  get path(): Record<string, string> {
    return this.pathParameters;
  }

  get headers(): RequestHeaders {
    return this.request.headers;
  }

  get query(): QueryParameters {
    this.queryCache ??= parseQueryString(this.request.rawQuery);
    return this.queryCache;
  }

  /** Header names (lower-case) → last value, for `$input.params()`. */
  get singleHeaders(): Record<string, string> {
    this.headerCache ??= singleValueHeaders(this.request.headers);
    return this.headerCache;
  }

  /** `method.request.body`: the body as UTF-8 text. */
  body(): string {
    this.bodyCache ??= this.request.body.toString("utf8");
    return this.bodyCache;
  }
}
