import { type Fault, PlaygroundError } from "@apigw-playground/errors";

/** Status and request id of a failed mapping, as the AWS SDKs expose them. */
export interface VtlErrorMetadata {
  /** The status API Gateway answers with when this failure reaches the caller. */
  httpStatusCode: number;
  /** `$context.requestId` of the request being mapped, when known. */
  requestId?: string;
}

/** How a mapping failure is reported. */
export interface VtlErrorOptions {
  /** @default 500 */
  status?: number;
  /** @default "server" (a broken template is the API owner's fault, not the caller's) */
  fault?: Fault;
  requestId?: string;
  cause?: unknown;
}

/**
 * Base class of every error this package throws. `name` is the AWS error type API Gateway reports
 * for the failure (`InternalServerErrorException`, `BadRequestException`), so the gateway can put it
 * in `x-amzn-ErrorType` unchanged; `message` is for the API owner's logs. `instanceof` stays exact
 * per class across duplicate copies of the package (see `PlaygroundError`).
 */
export class VtlError extends PlaygroundError<VtlErrorMetadata> {
  static override readonly errorPackage: string = "@apigw-playground/vtl";
  static override readonly kind: string = "VtlError";

  constructor(name: string, message: string, options: VtlErrorOptions = {}) {
    const metadata: VtlErrorMetadata = { httpStatusCode: options.status ?? 500 };
    if (options.requestId !== undefined) metadata.requestId = options.requestId;
    super(name, message, { fault: options.fault ?? "server", metadata, cause: options.cause });
  }
}
