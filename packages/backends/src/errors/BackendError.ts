const brand = Symbol.for("@apigw-playground/backends/BackendError");

/** Status and request id of a failed backend call, as the SDKs expose them. */
export interface BackendErrorMetadata {
  httpStatusCode: number;
  requestId?: string;
}

/** How an error is put on the wire. */
export interface BackendErrorOptions {
  /** HTTP status. @default 400 */
  status?: number;
  /** Whose fault it is; Query protocols render it as `<Type>Sender|Receiver</Type>`. @default "client" */
  fault?: "client" | "server";
  /**
   * The full `__type` for JSON protocols when it is not `<service namespace>#<name>`, e.g. the
   * coral framework errors (`com.amazon.coral.service#UnknownOperationException`).
   */
  wireType?: string;
  /** SQS only: the legacy Query error code sent in `x-amzn-query-error` (`AWS.SimpleQueueService.NonExistentQueue`). */
  queryErrorCode?: string;
  /** S3 only: extra elements of the error document (`BucketName`, `Key`, `Method`…). */
  details?: Record<string, string>;
  cause?: unknown;
}

/**
 * Base class of every error a local backend answers with. `name` is the AWS error code
 * (`QueueDoesNotExist`, `NotFound`, `ExecutionDoesNotExist`…), so a protocol encoder can put it on
 * the wire unchanged; `message` is the text AWS would send.
 */
export class BackendError extends Error {
  override readonly name: string;
  readonly $fault: "client" | "server";
  readonly $metadata: BackendErrorMetadata;
  readonly wireType?: string;
  readonly queryErrorCode?: string;
  readonly details?: Record<string, string>;

  constructor(name: string, message: string, options: BackendErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = name;
    this.$fault = options.fault ?? "client";
    this.$metadata = { httpStatusCode: options.status ?? 400 };
    if (options.wireType !== undefined) this.wireType = options.wireType;
    if (options.queryErrorCode !== undefined) this.queryErrorCode = options.queryErrorCode;
    if (options.details !== undefined) this.details = options.details;
    Object.defineProperty(this, brand, { value: true });
  }
}

// Keeps `instanceof BackendError` working when two copies of this package are loaded (the AWS
// SDK's ServiceException does the same); subclasses keep the ordinary prototype check.
Object.defineProperty(BackendError, Symbol.hasInstance, {
  value(this: unknown, value: unknown): boolean {
    if (this !== BackendError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && brand in value;
  },
});
