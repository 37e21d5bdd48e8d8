/** Which side a failure is on, as in the AWS SDK: the caller's request or the remote end. */
export type Fault = "client" | "server";

/** What a package's base class passes to {@link PlaygroundError}. */
export interface PlaygroundErrorInit<TMetadata> {
  fault: Fault;
  /** The package's metadata object: status, request id, whatever its errors carry. */
  metadata: TMetadata;
  /** The failure behind this one, kept as `cause` (omitted when `undefined`). */
  cause?: unknown;
}

// A registered symbol, so every copy of this package (and every copy of a package built on it)
// reads and writes the same brand.
const BRAND = Symbol.for("@apigw-playground/errors:brand");

/** A class as the brand sees it: its package, its own `kind` if it declares one, its name. */
interface BrandedClass {
  readonly errorPackage: string;
  readonly kind: string;
  readonly name: string;
}

/**
 * The root of every package's error base class. `name` is the AWS-style error type, `$fault` says
 * whose side the failure is on, `$metadata` is the package's own metadata object (status, request
 * id…), as on the AWS SDK's `ServiceException`.
 *
 * `instanceof` checks a brand, not the prototype chain, so it keeps working when two copies of a
 * package are loaded (two versions in one `node_modules`, a module loaded twice): each instance
 * records `<errorPackage>:<kind>` for every class of its chain. The package qualifies the entry, so
 * the client's `GatewayError` is never an instance of the gateway's `GatewayError`. A class is
 * recorded under its own static `kind` when it declares one (a bundler may rename classes), else
 * under its `name`.
 *
 * Each package declares one base class that sets `errorPackage` and its metadata type; its
 * subclasses inherit both.
 *
 * @example
 * ```ts
 * export class GatewayError extends PlaygroundError<GatewayErrorMetadata> {
 *   static override readonly errorPackage = "@apigw-playground/gateway";
 *   static override readonly kind: string = "GatewayError";
 * }
 * ```
 */
export abstract class PlaygroundError<TMetadata extends object = object> extends Error {
  /** The package that owns the class; every package's base class sets its own. */
  static readonly errorPackage: string = "@apigw-playground/errors";
  /** The class in the brand; a class that does not declare its own is recorded under its `name`. */
  static readonly kind: string = "PlaygroundError";

  override readonly name: string;
  readonly $fault: Fault;
  readonly $metadata: TMetadata;

  constructor(name: string, message: string, init: PlaygroundErrorInit<TMetadata>) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = name;
    this.$fault = init.fault;
    this.$metadata = init.metadata;
    Object.defineProperty(this, BRAND, { value: brandOf(new.target) });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null) return false;
    const brand = (value as { [BRAND]?: unknown })[BRAND];
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of instanceof, a subclass included.
    return Array.isArray(brand) && brand.includes(brandEntry(this));
  }
}

/** `<errorPackage>:<kind>` of one class. */
function brandEntry(target: BrandedClass): string {
  return `${target.errorPackage}:${Object.hasOwn(target, "kind") ? target.kind : target.name}`;
}

/** The entries of every class from `target` up to the root, recorded at construction. */
function brandOf(target: unknown): string[] {
  const entries: string[] = [];
  for (let c = target; typeof c === "function" && c !== Error; c = Object.getPrototypeOf(c)) entries.push(brandEntry(c as unknown as BrandedClass));
  return entries;
}
