import { PlaygroundClientError, type ResponseMetadata } from "./PlaygroundClientError";

export interface NetworkErrorInit {
  /** `ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`... */
  code: string | undefined;
  request: string;
  cause: unknown;
  metadata: Partial<ResponseMetadata>;
}

/** The request or its response was lost on the way: refused, reset, closed mid-response. */
export class NetworkError extends PlaygroundClientError {
  static override readonly kind = "NetworkError";

  readonly code: string | undefined;

  constructor(init: NetworkErrorInit) {
    const detail = init.cause instanceof Error ? init.cause.message : String(init.cause);
    super(
      "NetworkError",
      `Network error${init.code ? ` (${init.code})` : ""} on ${init.request}: ${detail}. ` +
        "Check the endpoint URL and that the server is up (for the local stack: `pnpm local`).",
      { fault: "server", metadata: init.metadata, cause: init.cause },
    );
    this.code = init.code;
  }
}
