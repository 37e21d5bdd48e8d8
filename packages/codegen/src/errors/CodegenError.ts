/** Metadata every error of this package carries. */
export interface CodegenErrorMetadata {
  /** The HTTP status an API would answer with for this error. */
  httpStatusCode: number;
}

const BRAND = Symbol.for("@apigw-playground/codegen/CodegenError");

/** The class names along an instance's constructor chain, recorded at construction. */
function classChain(target: abstract new (...args: never) => unknown): string[] {
  const names: string[] = [];
  for (let c: unknown = target; typeof c === "function" && c !== Error; c = Object.getPrototypeOf(c)) names.push(c.name);
  return names;
}

/**
 * Base class of the errors this package throws. `name` is the error type, `$fault` says whose
 * fault it is. `instanceof` works across duplicate copies of the package: it checks a brand
 * holding the class names, not the prototype chain (as the AWS SDK's ServiceException does).
 */
export class CodegenError extends Error {
  readonly $fault: "client" | "server";
  readonly $metadata: CodegenErrorMetadata;

  constructor(name: string, message: string, options: { fault: "client" | "server"; httpStatusCode: number }) {
    super(message);
    this.name = name;
    this.$fault = options.fault;
    this.$metadata = { httpStatusCode: options.httpStatusCode };
    Object.defineProperty(this, BRAND, { value: classChain(new.target) });
  }

  static override [Symbol.hasInstance](instance: unknown): boolean {
    if (typeof instance !== "object" || instance === null) return false;
    const chain = (instance as { [BRAND]?: unknown })[BRAND];
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of instanceof (a subclass too).
    return Array.isArray(chain) && chain.includes(this.name);
  }
}
