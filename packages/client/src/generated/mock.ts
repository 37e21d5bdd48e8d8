// Generated from templates/mock/template.yaml by @apigw-playground/codegen — do not edit.
import { defineOperation, type Invoker, type RouteDescriptor } from "../runtime";

export type Empty = Record<string, never>;

export interface Hello {
  message: string;
  integration: "MOCK";
  requestId: string;
  stage: string;
  path: string;
}

export interface StatusEcho {
  /**
   * @minimum 200
   * @maximum 599
   */
  requestedStatus?: number;
  statusClass?: "2xx" | "3xx" | "4xx" | "5xx";
  message: string;
}

export interface Premium {
  message: string;
  apiKeyId: string;
  requestId: string;
}

/** The API's binaryMediaTypes: payloads of these types travel as bytes. */
const binaryMediaTypes = [] as const;

const getHelloRoute = {
  operationId: "getHello",
  method: "GET",
  path: "/hello",
  pathParams: [],
  queryParams: [],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

const preflightHelloRoute = {
  operationId: "preflightHello",
  method: "OPTIONS",
  path: "/hello",
  pathParams: [],
  queryParams: [],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/** Input of `chooseStatus` (`GET /status`). */
export type ChooseStatusInput = {
  query: {
    /**
     * HTTP status for the mock to produce, 200-599.
     *
     * @minimum 200
     * @maximum 599
     */
    status: number;
  };
};

/**
 * Error bodies of `chooseStatus` by status: what `isRouteError(error, client.mock.chooseStatus, status)` narrows
 * `error.body` to.
 */
export type ChooseStatusErrors = { 400: StatusEcho; 404: StatusEcho; 500: StatusEcho };

const chooseStatusRoute = {
  operationId: "chooseStatus",
  method: "GET",
  path: "/status",
  pathParams: [],
  queryParams: [{ name: "status", required: true }],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "404": { kind: "json" }, "500": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

const getPremiumRoute = {
  operationId: "getPremium",
  method: "GET",
  path: "/premium",
  pathParams: [],
  queryParams: [],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: true,
  responses: { "200": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/**
 * The operations of the mock template, bound to `invoker`: what `client.mock` holds.
 *
 * apigw-playground / mock: API Gateway answers by itself (MOCK integrations) - a fixed document, a status chosen by the
 * caller, a CORS preflight and a route that needs an API key on top of SigV4 (usage plan with throttle and quota).
 */
export function createMockOperations(invoker: Invoker) {
  return {
    /**
     * A fixed greeting document built by a MOCK integration.
     *
     * `GET /hello`
     *
     * @returns 200: The greeting, with this request's id and stage.
     */
    getHello: defineOperation<undefined, Hello>(invoker, "mock", getHelloRoute),
    /**
     * CORS preflight for /hello, answered by API Gateway itself.
     *
     * `OPTIONS /hello`
     *
     * @returns 200: The CORS policy for /hello.
     */
    preflightHello: defineOperation<undefined, Empty>(invoker, "mock", preflightHelloRoute),
    /**
     * Answers with the status the caller asks for (404 -> 404, other 4xx -> 400, 5xx -> 500, else 200).
     *
     * Demonstrates integration-response selection: the MOCK request template turns the status query parameter into the
     * mock's statusCode, and the selection patterns 404, the other 4xx and 5\d{2} pick the 404, 400 and 500 method
     * responses; everything else takes the default (200). The body echoes the requested status.
     *
     * `GET /status`
     *
     * @returns 200: The caller asked for a 2xx or 3xx status.
     * @throws {RouteError} 400: The caller asked for another 4xx status, or the status was not an integer 200-599.
     * @throws {RouteError} 404: The caller asked for 404.
     * @throws {RouteError} 500: The caller asked for a 5xx status.
     */
    chooseStatus: defineOperation<ChooseStatusInput, StatusEcho, ChooseStatusErrors>(
      invoker,
      "mock",
      chooseStatusRoute,
    ),
    /**
     * A MOCK answer that needs an API key (x-api-key) in addition to SigV4.
     *
     * `GET /premium` — needs an API key (`x-api-key`, the client's `apiKey` option)
     *
     * @returns 200: Premium content, with the usage plan's view of the caller.
     */
    getPremium: defineOperation<undefined, Premium>(invoker, "mock", getPremiumRoute),
  };
}
