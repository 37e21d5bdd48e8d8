const brand = Symbol.for("@apigw-playground/vtl/VtlError");

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
  fault?: "client" | "server";
  requestId?: string;
  cause?: unknown;
}

/**
 * Base class of every error this package throws. `name` is the AWS error type API Gateway reports
 * for the failure (`InternalServerErrorException`, `BadRequestException`), so the gateway can put it
 * in `x-amzn-ErrorType` unchanged; `message` is for the API owner's logs.
 */
export class VtlError extends Error {
  override readonly name: string;
  readonly $fault: "client" | "server";
  readonly $metadata: VtlErrorMetadata;

  constructor(name: string, message: string, options: VtlErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = name;
    this.$fault = options.fault ?? "server";
    this.$metadata = { httpStatusCode: options.status ?? 500 };
    if (options.requestId !== undefined) this.$metadata.requestId = options.requestId;
    // Every class in the chain is branded, so `instanceof VtlSyntaxError` stays exact across package copies.
    const kinds: string[] = [];
    for (let c: unknown = new.target; typeof c === "function" && c !== Error; c = Object.getPrototypeOf(c)) {
      kinds.push((c as unknown as { kind: string }).kind);
    }
    Object.defineProperty(this, brand, { value: kinds });
  }

  /** Identifies the class across duplicate copies of this package. */
  static readonly kind: string = "VtlError";

  // Keeps `instanceof` working when two copies of this package are loaded (the AWS SDK's ServiceException does the same).
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null || !(brand in value)) return false;
    const kinds = (value as { [brand]: string[] })[brand];
    return kinds.includes(this.kind);
  }
}
