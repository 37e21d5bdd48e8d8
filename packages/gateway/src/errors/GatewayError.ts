import { type Fault, PlaygroundError } from "@apigw-playground/errors";

/** Status and request id of a gateway error, as the AWS SDKs expose them. */
export interface GatewayErrorMetadata {
  /** The HTTP status this error corresponds to, when it maps to one. */
  httpStatusCode?: number;
  /** `$context.requestId` of the request being handled, when known. */
  requestId?: string;
}

/**
 * Base class of every error this package throws (misconfiguration, bad options, bad CLI usage).
 * A request the gateway refuses is not an error: it is a `GatewayFailure` value answered with a
 * gateway response. `name` is an AWS-style error type; `instanceof` works across duplicate copies
 * of the package and never matches the client's `GatewayError` (see `PlaygroundError`).
 */
export class GatewayError extends PlaygroundError<GatewayErrorMetadata> {
  static override readonly errorPackage: string = "@apigw-playground/gateway";
  static override readonly kind: string = "GatewayError";

  constructor(name: string, message: string, fault: Fault, metadata: GatewayErrorMetadata = {}, cause?: unknown) {
    super(name, message, { fault, metadata, cause });
  }
}
