import { type Fault, PlaygroundError } from "@apigw-playground/errors";

/** Status and request id of a local-stack error, as the AWS SDKs expose them. */
export interface LocalStackErrorMetadata {
  /** The HTTP status behind the error, when a service answered with one. */
  httpStatusCode?: number;
  /** The service's request id, when it sent one. */
  requestId?: string;
}

/**
 * Base class of every error this package throws. `name` is an AWS-style error type, `$fault` says
 * whose side the problem is on, `$metadata` carries the status and request id; `instanceof` works
 * across duplicate copies of the package (see `PlaygroundError`).
 */
export class LocalStackError extends PlaygroundError<LocalStackErrorMetadata> {
  static override readonly errorPackage: string = "@apigw-playground/local-stack";
  static override readonly kind: string = "LocalStackError";

  constructor(name: string, message: string, fault: Fault, metadata: LocalStackErrorMetadata = {}, cause?: unknown) {
    super(name, message, { fault, metadata, cause });
  }
}
