import { type Fault, PlaygroundError } from "@apigw-playground/errors";

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
  fault?: Fault;
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
 * the wire unchanged; `message` is the text AWS would send. `instanceof` works across duplicate
 * copies of the package (see `PlaygroundError`).
 */
export class BackendError extends PlaygroundError<BackendErrorMetadata> {
  static override readonly errorPackage: string = "@apigw-playground/backends";
  readonly wireType?: string;
  readonly queryErrorCode?: string;
  readonly details?: Record<string, string>;

  constructor(name: string, message: string, options: BackendErrorOptions = {}) {
    super(name, message, { fault: options.fault ?? "client", metadata: { httpStatusCode: options.status ?? 400 }, cause: options.cause });
    if (options.wireType !== undefined) this.wireType = options.wireType;
    if (options.queryErrorCode !== undefined) this.queryErrorCode = options.queryErrorCode;
    if (options.details !== undefined) this.details = options.details;
  }
}
