import { type Fault, PlaygroundError } from "@apigw-playground/errors";

export type { Fault } from "@apigw-playground/errors";

/** What is known about the exchange that failed. */
export interface ResponseMetadata {
  /** HTTP status of the last response, when one arrived. */
  httpStatusCode?: number;
  /** `x-amzn-RequestId` (API Gateway) or `x-amz-request-id`; quote it to AWS support. */
  requestId?: string;
  /** `x-amz-apigw-id` (API Gateway's extended request id) or `x-amz-id-2`. */
  extendedRequestId?: string;
  /** Attempts made, the first one included; 0 when nothing was sent. */
  attempts: number;
  /** Milliseconds spent waiting between attempts. */
  totalRetryDelay: number;
}

export interface ErrorInit {
  fault: Fault;
  metadata?: Partial<ResponseMetadata>;
  cause?: unknown;
}

/**
 * The base of every error this package throws. `name` is the error type, `$fault`
 * says whose side the failure is on, `$metadata` carries status, request ids and the
 * retry count. `instanceof` works across duplicate copies of the package, and never
 * takes the gateway package's `GatewayError` for this package's (see `PlaygroundError`).
 */
export class PlaygroundClientError extends PlaygroundError<ResponseMetadata> {
  static override readonly errorPackage: string = "@apigw-playground/client";
  /** The kind `instanceof` checks across package copies; every subclass sets its own. */
  static override readonly kind: string = "PlaygroundClientError";

  constructor(name: string, message: string, init: ErrorInit) {
    super(name, message, { fault: init.fault, metadata: { attempts: 0, totalRetryDelay: 0, ...init.metadata }, cause: init.cause });
  }
}

/** Request ids from a response's headers (lower-case names, as undici gives them). */
export function requestIdsOf(headers: Record<string, string>): Pick<ResponseMetadata, "requestId" | "extendedRequestId"> {
  const requestId = headers["x-amzn-requestid"] ?? headers["x-amz-request-id"];
  const extendedRequestId = headers["x-amz-apigw-id"] ?? headers["x-amz-id-2"];
  return {
    ...(requestId === undefined ? {} : { requestId }),
    ...(extendedRequestId === undefined ? {} : { extendedRequestId }),
  };
}
