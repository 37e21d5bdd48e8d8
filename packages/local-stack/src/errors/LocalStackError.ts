const brand = Symbol.for("@apigw-playground/local-stack/LocalStackError");

/** Status and request id of a local-stack error, as the AWS SDKs expose them. */
export interface LocalStackErrorMetadata {
  /** The HTTP status behind the error, when a service answered with one. */
  httpStatusCode?: number;
  /** The service's request id, when it sent one. */
  requestId?: string;
}

/**
 * Base class of every error this package throws. `name` is an AWS-style error type, `$fault` says
 * whose side the problem is on, `$metadata` carries the status and request id.
 */
export class LocalStackError extends Error {
  override readonly name: string;
  readonly $fault: "client" | "server";
  readonly $metadata: LocalStackErrorMetadata;

  constructor(name: string, message: string, fault: "client" | "server", metadata: LocalStackErrorMetadata = {}, cause?: unknown) {
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
  static readonly kind: string = "LocalStackError";

  // Keeps `instanceof` working when two copies of this package are loaded (as the AWS SDK's ServiceException does).
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null || !(brand in value)) return false;
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class being tested, a subclass included.
    return (value as { [brand]: string[] })[brand].includes(this.kind);
  }
}
