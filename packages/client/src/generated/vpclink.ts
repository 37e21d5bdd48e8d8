// Generated from templates/vpclink/template.yaml by @apigw-playground/codegen — do not edit.
import {
  type BinaryBody,
  defineOperation,
  type HttpMethod,
  type Invoker,
  type QueryValue,
  type RouteDescriptor,
} from "../runtime";

export interface PrivateEcho {
  service: "private";
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ErrorModel {
  message: string;
}

/** The API's binaryMediaTypes: payloads of these types travel as bytes. */
const binaryMediaTypes = [] as const;

/** Input of `pingPrivate` (`GET /private`). */
export type PingPrivateInput = {
  /** Passed on to the integration as they are. */
  query?: Readonly<Record<string, QueryValue | readonly QueryValue[] | undefined>>;
};

/**
 * Error bodies of `pingPrivate` by status: what `isRouteError(error, client.vpclink.pingPrivate, status)` narrows
 * `error.body` to.
 */
export type PingPrivateErrors = { 504: ErrorModel };

const pingPrivateRoute = {
  operationId: "pingPrivate",
  method: "GET",
  path: "/private",
  pathParams: [],
  queryParams: [],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "504": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/** Input of `callPrivate` (`ANY /private/{proxy+}`). */
export type CallPrivateInput = {
  /** The HTTP method: an ANY route takes any. */
  method: HttpMethod;
  path: {
    /** The path on the private service (may contain slashes). */
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

/**
 * Error bodies of `callPrivate` by status: what `isRouteError(error, client.vpclink.callPrivate, status)` narrows
 * `error.body` to.
 */
export type CallPrivateErrors = { 504: ErrorModel };

const callPrivateRoute = {
  operationId: "callPrivate",
  method: "ANY",
  path: "/private/{proxy+}",
  pathParams: [{ name: "proxy", greedy: true }],
  queryParams: [],
  headerParams: [],
  body: { kind: "binary", required: false, mediaTypes: ["*/*"] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "504": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/**
 * The operations of the vpclink template, bound to `invoker`: what `client.vpclink` holds.
 *
 * apigw-playground / vpclink: a REST API that reaches a private HTTP service through a VPC link - API Gateway -> VPC
 * link -> internal Network Load Balancer -> an EC2 instance with no public address. Costs money while it runs (NLB and
 * EC2, see templates/README.md).
 */
export function createVpclinkOperations(invoker: Invoker) {
  return {
    /**
     * GET / on the private service, through the VPC link.
     *
     * `GET /private`
     *
     * @returns 200: The private service's echo of the request.
     * @throws {RouteError} 504: The private service did not answer in time (for example while its target is not yet
     * healthy).
     */
    pingPrivate: defineOperation<PingPrivateInput, PrivateEcho, PingPrivateErrors>(
      invoker,
      "vpclink",
      pingPrivateRoute,
    ),
    /**
     * Any request under /private/ goes to the same path on the private service, through the VPC link.
     *
     * `ANY /private/{proxy+}`
     *
     * @returns 200: The private service's echo of the request.
     * @throws {RouteError} 504: The private service did not answer in time.
     */
    callPrivate: defineOperation<CallPrivateInput, PrivateEcho, CallPrivateErrors>(
      invoker,
      "vpclink",
      callPrivateRoute,
    ),
  };
}
