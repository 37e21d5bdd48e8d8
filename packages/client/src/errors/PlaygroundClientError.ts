/** Which side a failure is on, as in the AWS SDK: the caller's request or the remote end. */
export type Fault = "client" | "server";

/** What is known about the exchange that failed. */
export interface ResponseMetadata {
  /** HTTP status of the last response, when one arrived. */
  httpStatusCode?: number;
  /** `x-amzn-RequestId` (API Gateway) or `x-amz-request-id`; quote it to AWS support. */
  requestId?: string;
  /** `x-amz-apigw-id` (API Gateway's extended request id) or `x-amz-id-2`. */
  extendedRequestId?: string;
  /** Attempts made, the first one included; 0 when nothing was sent. */
  attempts: number;
  /** Milliseconds spent waiting between attempts. */
  totalRetryDelay: number;
}

export interface ErrorInit {
  fault: Fault;
  metadata?: Partial<ResponseMetadata>;
  cause?: unknown;
}

// A registered symbol, so two copies of this package (two versions in one
// node_modules tree) recognise each other's errors.
const KINDS = Symbol.for("@apigw-playground/client:error-kinds");

/**
 * The base of every error this package throws. `name` is the error type, `$fault`
 * says whose side the failure is on, `$metadata` carries status, request ids and the
 * retry count. `instanceof` works across duplicate copies of the package: each
 * instance carries the kinds of its class chain under a registered symbol.
 */
export class PlaygroundClientError extends Error {
  /** The kind `instanceof` checks across package copies; every subclass sets its own. */
  static readonly kind: string = "PlaygroundClientError";

  readonly $fault: Fault;
  readonly $metadata: ResponseMetadata;

  constructor(name: string, message: string, init: ErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = name;
    this.$fault = init.fault;
    this.$metadata = { attempts: 0, totalRetryDelay: 0, ...init.metadata };
    Object.defineProperty(this, KINDS, { value: kindsOf(new.target), enumerable: false });
  }

  static override [Symbol.hasInstance](instance: unknown): boolean {
    // `this` is the class on the right of instanceof, a subclass included.
    // biome-ignore lint/complexity/noThisInStatic: the static side must see the subclass
    // biome-ignore lint/complexity/noUselessThisAlias: one alias keeps the three uses below readable
    const target = this;
    if (Function.prototype[Symbol.hasInstance].call(target, instance)) return true;
    if (typeof instance !== "object" || instance === null) return false;
    const kinds = (instance as { [KINDS]?: unknown })[KINDS];
    return Object.hasOwn(target, "kind") && Array.isArray(kinds) && kinds.includes(target.kind);
  }
}

function kindsOf(target: unknown): string[] {
  const kinds: string[] = [];
  for (let c = target; typeof c === "function" && c !== Error; c = Object.getPrototypeOf(c)) {
    if (Object.hasOwn(c, "kind")) kinds.push((c as unknown as { kind: string }).kind);
  }
  return kinds;
}

/** Request ids from a response's headers (lower-case names, as undici gives them). */
export function requestIdsOf(headers: Record<string, string>): Pick<ResponseMetadata, "requestId" | "extendedRequestId"> {
  const requestId = headers["x-amzn-requestid"] ?? headers["x-amz-request-id"];
  const extendedRequestId = headers["x-amz-apigw-id"] ?? headers["x-amz-id-2"];
  return {
    ...(requestId === undefined ? {} : { requestId }),
    ...(extendedRequestId === undefined ? {} : { extendedRequestId }),
  };
}
