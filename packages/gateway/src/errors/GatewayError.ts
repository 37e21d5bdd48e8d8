const brand = Symbol.for("@apigw-playground/gateway/GatewayError");

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
 * gateway response. `name` is an AWS-style error type.
 */
export class GatewayError extends Error {
  override readonly name: string;
  readonly $fault: "client" | "server";
  readonly $metadata: GatewayErrorMetadata;

  constructor(name: string, message: string, fault: "client" | "server", metadata: GatewayErrorMetadata = {}, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = name;
    this.$fault = fault;
    this.$metadata = metadata;
    const kinds: string[] = [];
    for (let c: unknown = new.target; typeof c === "function" && c !== Error; c = Object.getPrototypeOf(c)) {
      kinds.push((c as unknown as { kind: string }).kind);
    }
    Object.defineProperty(this, brand, { value: kinds });
  }

  /** Identifies the class across duplicate copies of this package. */
  static readonly kind: string = "GatewayError";

  // Keeps `instanceof` working when two copies of this package are loaded (as the AWS SDK's ServiceException does).
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null || !(brand in value)) return false;
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class being tested, a subclass included.
    return (value as { [brand]: string[] })[brand].includes(this.kind);
  }
}
