import { PlaygroundClientError, type ResponseMetadata } from "./PlaygroundClientError";

export interface RouteErrorInit<TBody> {
  status: number;
  body: TBody;
  template: string;
  operationId: string;
  request: string;
  metadata: Partial<ResponseMetadata>;
}

/**
 * A response the route declares for an error status (a 404 from getItem, say), with
 * its body parsed as declared. Narrow the body's type with `isRouteError`.
 */
export class RouteError<TBody = unknown> extends PlaygroundClientError {
  static override readonly kind = "RouteError";

  readonly status: number;
  readonly body: TBody;
  readonly template: string;
  readonly operationId: string;

  constructor(init: RouteErrorInit<TBody>) {
    const detail = messageOf(init.body);
    super(
      "RouteError",
      `${init.template}.${init.operationId} answered ${init.status} to ${init.request}` + (detail ? `: ${detail}` : ""),
      { fault: init.status >= 500 ? "server" : "client", metadata: { httpStatusCode: init.status, ...init.metadata } },
    );
    this.status = init.status;
    this.body = init.body;
    this.template = init.template;
    this.operationId = init.operationId;
  }
}

function messageOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const message = record["message"] ?? record["Message"];
  return typeof message === "string" ? message : undefined;
}
