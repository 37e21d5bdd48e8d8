// Generated from templates/http/template.yaml by @apigw-playground/codegen — do not edit.
import {
  type BinaryBody,
  type BinaryResult,
  defineOperation,
  type HttpMethod,
  type Invoker,
  type QueryValue,
  type RouteDescriptor,
} from "../runtime";

export interface GreetingRequest {
  /**
   * @minLength 1
   * @maxLength 100
   */
  name: string;
  /** Language of the greeting (default en). */
  language?: "en" | "es" | "fr" | "de";
}

export interface Greeting {
  greeting: string;
  language: string;
  /** Epoch milliseconds at which API Gateway received the request, as the upstream saw it. */
  requestedAt: number;
  upstreamMethod: string;
  upstreamUrl: string;
  /** The X-Playground header as the upstream received it (empty if it did not). */
  upstreamSawHeader: string;
  /** The stage's upstreamBaseUrl stage variable. */
  upstreamBaseUrl: string;
}

export interface ErrorModel {
  message: string;
}

/** The API's binaryMediaTypes: payloads of these types travel as bytes. */
const binaryMediaTypes = [] as const;

/** Input of `proxy` (`ANY /proxy/{proxy+}`). */
export type ProxyInput = {
  /** The HTTP method: an ANY route takes any. */
  method: HttpMethod;
  path: {
    /** The upstream path (may contain slashes), e.g. "get" or "status/418". */
    proxy: string;
  };
  /** Passed on to the integration as they are. */
  query?: Readonly<Record<string, QueryValue | readonly QueryValue[] | undefined>>;
  body?: BinaryBody;
  /**
   * Sent as Content-Type.
   *
   * @default the first declared type that is one of the API's binary media types, else the first of those, else
   * application/octet-stream
   */
  contentType?: string;
};

/** Error bodies of `proxy` by status: what `isRouteError(error, client.http.proxy, status)` narrows `error.body` to. */
export type ProxyErrors = { 504: ErrorModel };

const proxyRoute = {
  operationId: "proxy",
  method: "ANY",
  path: "/proxy/{proxy+}",
  pathParams: [{ name: "proxy", greedy: true }],
  queryParams: [],
  headerParams: [],
  body: { kind: "binary", required: false, mediaTypes: ["*/*"] },
  apiKeyRequired: false,
  responses: { "200": { kind: "binary", mediaTypes: ["*/*"] }, "504": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/** Input of `createGreeting` (`POST /greetings`). */
export type CreateGreetingInput = { body: GreetingRequest };

/**
 * Error bodies of `createGreeting` by status: what `isRouteError(error, client.http.createGreeting, status)` narrows
 * `error.body` to.
 */
export type CreateGreetingErrors = { 400: ErrorModel; 502: ErrorModel };

const createGreetingRoute = {
  operationId: "createGreeting",
  method: "POST",
  path: "/greetings",
  pathParams: [],
  queryParams: [],
  headerParams: [],
  body: { kind: "json", required: true, mediaTypes: ["application/json"] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "502": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/**
 * The operations of the http template, bound to `invoker`: what `client.http` holds.
 *
 * apigw-playground / http: a REST API in front of a public HTTP service - a pass-through proxy (HTTP_PROXY) and a
 * non-proxy HTTP integration whose mapping templates reshape the request and the response. The upstream is a stage
 * variable.
 */
export function createHttpOperations(invoker: Invoker) {
  return {
    /**
     * Pass any request under /proxy/ to the upstream unchanged, and its answer back.
     *
     * HTTP_PROXY: method, path, query string, headers and body go to <upstream>/<proxy> as they are, and the upstream's
     * status, headers and body come back as they are - no mapping templates, no method responses needed.
     *
     * `ANY /proxy/{proxy+}`
     *
     * @returns 200: The upstream's answer, whatever its status (shown here as 200).
     * @throws {RouteError} 504: The upstream did not answer within the integration timeout (29 s).
     */
    proxy: defineOperation<ProxyInput, BinaryResult, ProxyErrors>(invoker, "http", proxyRoute),
    /**
     * Reshape a greeting request for the upstream, and the upstream's echo into a greeting.
     *
     * A non-proxy HTTP integration: the request template turns {name, language} into the upstream's shape {person:
     * {fullName}, lang, requestedAt, requestId}, a static X-Playground header is added, and the response template turns
     * httpbin's echo of all that into {greeting, ...}.
     *
     * `POST /greetings`
     *
     * @returns 200: The greeting, built from what the upstream saw.
     * @throws {RouteError} 400: The body failed validation.
     * @throws {RouteError} 502: The upstream answered with an error status.
     */
    createGreeting: defineOperation<CreateGreetingInput, Greeting, CreateGreetingErrors>(
      invoker,
      "http",
      createGreetingRoute,
    ),
  };
}
