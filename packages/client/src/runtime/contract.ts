import type { Readable } from "node:stream";

/**
 * The runtime contract generated modules (src/generated/<template>.ts) are written
 * against. See README.md beside this file for the whole picture.
 */

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

export interface PathParamDescriptor {
  readonly name: string;
  /** `{key+}`: the value may hold `/`, kept between its encoded segments. */
  readonly greedy: boolean;
}

export interface NamedParamDescriptor {
  /** As written in the template (header names in any case). */
  readonly name: string;
  readonly required: boolean;
}

export interface BodyDescriptor {
  /** `json`: any JSON value, sent as application/json. `binary`: bytes or a stream. */
  readonly kind: "json" | "binary" | "none";
  readonly required: boolean;
  /** The requestBody content types, in template order (`application/json`, `image/png`, `*\/*`). */
  readonly mediaTypes: readonly string[];
}

export interface ResponseDescriptor {
  /** `json`: parsed; `binary`: `{ body: Uint8Array, contentType }`; `empty`: undefined. */
  readonly kind: "json" | "binary" | "empty";
  /** The response's content types, in template order; `binary` responses pick `Accept` from these. */
  readonly mediaTypes?: readonly string[];
}

/** Everything the runtime needs to call one route; one `const` per route in generated code. */
export interface RouteDescriptor {
  readonly operationId: string;
  /** `ANY` routes take the method from the input's `method`. */
  readonly method: HttpMethod | "ANY";
  /** OpenAPI path: `/items/{id}`, `/objects/{key+}`. */
  readonly path: string;
  readonly pathParams: readonly PathParamDescriptor[];
  readonly queryParams: readonly NamedParamDescriptor[];
  readonly headerParams: readonly NamedParamDescriptor[];
  readonly body: BodyDescriptor;
  /** Send `x-api-key` (from the apiKey option) with this route. */
  readonly apiKeyRequired: boolean;
  /** Keyed by status as written: `"200"`, `"404"`, `"default"`. */
  readonly responses: Readonly<Record<string, ResponseDescriptor>>;
  /** The API's `binaryMediaTypes`. */
  readonly binaryMediaTypes: readonly string[];
}

export type QueryValue = string | number | boolean;

/** Bytes for a binary route: a Buffer, any Uint8Array, or a Readable stream (buffered, 10 MB at most). */
export type BinaryBody = Uint8Array | Readable;

/** The shape every operation input has; generated input types narrow it. */
export interface OperationInput {
  /** For `ANY` routes only. */
  method?: HttpMethod;
  path?: Readonly<Record<string, string | number>>;
  /** Arrays become repeated keys: `?tag=a&tag=b`. */
  query?: Readonly<Record<string, QueryValue | readonly QueryValue[] | undefined>>;
  headers?: Readonly<Record<string, string | number | undefined>>;
  body?: unknown;
  /** Content type of a binary body. @default the route's first concrete binary media type */
  contentType?: string;
}

/** What a `binary` response resolves to. */
export interface BinaryResult {
  body: Uint8Array;
  contentType: string | undefined;
}

/** Per-call options, the last argument of every operation. */
export interface CallOptions {
  /** Cancels the call, including retry waits; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Total time for one attempt (headers and body), in ms. @default timeouts.request */
  timeout?: number;
  /** Retry POST/PATCH for this call. @default retry.retryNonIdempotent */
  retryNonIdempotent?: boolean;
  /** @default retry.maxAttempts */
  maxAttempts?: number;
  /** Extra headers, signed with the rest. */
  headers?: Readonly<Record<string, string>>;
  /** @default the client's apiKey for this template */
  apiKey?: string;
}

/** What generated code calls. PlaygroundClient implements it. */
export interface Invoker {
  invoke<TOutput>(
    template: string,
    route: RouteDescriptor,
    input: OperationInput | undefined,
    options?: CallOptions,
  ): Promise<TOutput>;
}

/** Error bodies a route declares, by status: `{ 404: NotFound }`. */
export type ErrorBodies = { readonly [status: number]: unknown };

/** A route that declares no error bodies; also the empty template registry. */
export type Empty = Record<never, never>;

// Carries the declared error bodies in the type only (no runtime value).
declare const errorBodies: unique symbol;

/** The input is optional when it may be undefined or every one of its fields is optional. */
export type OperationArgs<TInput> = undefined extends TInput
  ? [input?: TInput, options?: CallOptions]
  : Empty extends TInput
    ? [input?: TInput, options?: CallOptions]
    : [input: TInput, options?: CallOptions];

/** A typed method bound to one route of one template. */
export interface Operation<TInput, TOutput, TErrors extends ErrorBodies = Empty> {
  (...args: OperationArgs<TInput>): Promise<TOutput>;
  readonly template: string;
  readonly route: RouteDescriptor;
  readonly [errorBodies]?: TErrors;
}

/** A generated module's factory: builds the template's operations on an invoker. */
export type TemplateFactory = (invoker: Invoker) => object;

/** What src/generated/index.ts exports as `templates`: template name → factory. */
export type TemplateRegistry = { readonly [template: string]: TemplateFactory };

/** The per-template properties a client gets from a registry. */
export type TemplateClients<R extends TemplateRegistry> = { readonly [K in keyof R]: ReturnType<R[K]> };
