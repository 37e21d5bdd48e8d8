const brand = Symbol.for("@apigw-playground/demo/DemoError");

/** What the demo knows about a failure: the exit code it ends the process with. */
export interface DemoErrorMetadata {
  /** 2 for bad usage, 1 for everything else. */
  exitCode: number;
}

/**
 * Base class of every error the demo raises itself. `message` is one plain sentence for the
 * terminal that says what went wrong and what to do; `name` is an AWS-style error type.
 */
export class DemoError extends Error {
  override readonly name: string;
  readonly $fault: "client" | "server";
  readonly $metadata: DemoErrorMetadata;

  constructor(name: string, message: string, fault: "client" | "server", metadata: DemoErrorMetadata, cause?: unknown) {
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
  static readonly kind: string = "DemoError";

  // Keeps `instanceof` working when two copies of this package are loaded (as the AWS SDK's ServiceException does).
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null || !(brand in value)) return false;
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class being tested, a subclass included.
    return (value as { [brand]: string[] })[brand].includes(this.kind);
  }
}
