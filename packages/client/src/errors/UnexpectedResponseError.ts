import { PlaygroundClientError, type ResponseMetadata } from "./PlaygroundClientError";

export interface UnexpectedResponseErrorInit {
  status: number;
  contentType: string | undefined;
  body: Uint8Array;
  request: string;
  /** Why the response was not usable and what to do, e.g. "with a status the route does not declare". */
  reason: string;
  metadata: Partial<ResponseMetadata>;
}

/**
 * A response the route does not declare and API Gateway did not mark as its own
 * (no `x-amzn-ErrorType`), or a declared one whose body could not be read as declared.
 */
export class UnexpectedResponseError extends PlaygroundClientError {
  static override readonly kind = "UnexpectedResponseError";

  readonly status: number;
  readonly contentType: string | undefined;
  readonly body: Uint8Array;

  constructor(init: UnexpectedResponseErrorInit) {
    const text = Buffer.from(init.body.buffer, init.body.byteOffset, init.body.byteLength).toString("utf8");
    const excerpt = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    super(
      "UnexpectedResponseError",
      `${init.request} answered ${init.status} ${init.reason}` + (excerpt ? `. Body: ${excerpt}` : ""),
      { fault: init.status >= 500 ? "server" : "client", metadata: { httpStatusCode: init.status, ...init.metadata } },
    );
    this.status = init.status;
    this.contentType = init.contentType;
    this.body = init.body;
  }

  /** The body as UTF-8 text. */
  get text(): string {
    return Buffer.from(this.body.buffer, this.body.byteOffset, this.body.byteLength).toString("utf8");
  }
}
