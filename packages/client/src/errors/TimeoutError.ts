import { PlaygroundClientError, type ResponseMetadata } from "./PlaygroundClientError";

export interface TimeoutErrorInit {
  /** `connect`: no connection within `timeouts.connect`; `request`: no full response within `timeouts.request`. */
  phase: "connect" | "request";
  timeout: number;
  request: string;
  cause?: unknown;
  metadata: Partial<ResponseMetadata>;
}

/** An attempt ran out of time: the connection was not made, or the response did not arrive whole. */
export class TimeoutError extends PlaygroundClientError {
  static override readonly kind = "TimeoutError";

  readonly phase: "connect" | "request";
  readonly timeout: number;

  constructor(init: TimeoutErrorInit) {
    super(
      "TimeoutError",
      init.phase === "connect"
        ? `Connection timed out after ${init.timeout} ms: ${init.request} (check the endpoint; timeouts.connect sets the limit)`
        : `Request timed out after ${init.timeout} ms: ${init.request} (timeouts.request, or the call's timeout option, sets the limit)`,
      { fault: "server", metadata: init.metadata, cause: init.cause },
    );
    this.phase = init.phase;
    this.timeout = init.timeout;
  }
}
