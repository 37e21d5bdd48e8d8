/** Metadata every error of this package carries. */
export interface RoutesErrorMetadata {
  /** The HTTP status an API would answer with for this error. */
  httpStatusCode: number;
}

const BRAND = Symbol.for("@apigw-playground/routes/RoutesError");

/**
 * Base class of the errors this package throws. `name` is the error type, `$fault` says whose
 * fault it is. `instanceof` works across duplicate copies of the package (brand check).
 */
export class RoutesError extends Error {
  readonly $fault: "client" | "server";
  readonly $metadata: RoutesErrorMetadata;

  constructor(name: string, message: string, options: { fault: "client" | "server"; httpStatusCode: number }) {
    super(message);
    this.name = name;
    this.$fault = options.fault;
    this.$metadata = { httpStatusCode: options.httpStatusCode };
    Object.defineProperty(this, BRAND, { value: true });
  }

  static override [Symbol.hasInstance](instance: unknown): boolean {
    if (typeof instance !== "object" || instance === null || !(BRAND in instance)) return false;
    // Subclasses keep their own identity: a TemplateNotFoundError is not a TemplateProblemsError.
    return this === RoutesError || Function.prototype[Symbol.hasInstance].call(this, instance);
  }
}
