// Generated from templates/sfn/template.yaml by @apigw-playground/codegen — do not edit.
import { defineOperation, type Invoker, type RouteDescriptor } from "../runtime";

/**
 * Input of the orders workflow. The workflow itself rejects an order without items (InvalidOrder) or over 1000000 cents
 * (OrderTooLarge): those arrive as a FAILED execution, not as a 400.
 */
export interface Order {
  /**
   * @minLength 1
   * @maxLength 64
   */
  orderId: string;
  /**
   * @minLength 1
   * @maxLength 128
   */
  customer: string;
  /** @maxItems 50 */
  items: {
    /**
     * @minLength 1
     * @maxLength 64
     */
    sku: string;
    /**
     * Price of the line, in cents.
     *
     * @minimum 0
     * @maximum 100000000
     */
    amountCents: number;
  }[];
}

export interface ExecutionStarted {
  executionArn: string;
  executionId: string;
  /** Epoch seconds (with milliseconds as the fraction). */
  startDate: number;
}

export interface Execution {
  executionId: string;
  status: "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED" | "PENDING_REDRIVE";
  /** Epoch seconds. */
  startDate: number;
  /** Epoch seconds; absent while RUNNING. */
  stopDate?: number;
  output?: OrderResult;
  error?: string;
  cause?: string;
}

export interface OrderResult {
  orderId: string;
  customer: string;
  status: "ACCEPTED";
  lineCount: number;
  totalCents: number;
  lines: string[];
  summary: string;
}

export interface GreetingInput {
  /**
   * @minLength 1
   * @maxLength 128
   */
  name: string;
  /**
   * Words separated by single spaces (so that splitting on ' ' gives no empty words). An empty text is allowed and
   * makes the workflow fail (NoWords), which shows a FAILED synchronous execution.
   *
   * @pattern ^(\S+( \S+)*)?$
   * @maxLength 10000
   */
  text: string;
}

export interface GreetingOutput {
  greeting: string;
  wordCount: number;
  uniqueWordCount: number;
  words: string[];
  summary: string;
}

export interface ExecutionFailure {
  status: "FAILED" | "TIMED_OUT" | "ABORTED";
  error: string;
  cause: string;
}

export interface ErrorModel {
  message: string;
}

/** The API's binaryMediaTypes: payloads of these types travel as bytes. */
const binaryMediaTypes = [] as const;

/** Input of `startExecution` (`POST /executions`). */
export type StartExecutionInput = { body: Order };

/**
 * Error bodies of `startExecution` by status: what `isRouteError(error, client.sfn.startExecution, status)` narrows
 * `error.body` to.
 */
export type StartExecutionErrors = { 400: ErrorModel; 500: ErrorModel };

const startExecutionRoute = {
  operationId: "startExecution",
  method: "POST",
  path: "/executions",
  pathParams: [],
  queryParams: [],
  headerParams: [],
  body: { kind: "json", required: true, mediaTypes: ["application/json"] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "500": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/** Input of `describeExecution` (`GET /executions/{executionId}`). */
export type DescribeExecutionInput = {
  path: {
    /**
     * The executionId that POST /executions returned.
     *
     * @minLength 1
     * @maxLength 80
     */
    executionId: string;
  };
};

/**
 * Error bodies of `describeExecution` by status: what `isRouteError(error, client.sfn.describeExecution, status)`
 * narrows `error.body` to.
 */
export type DescribeExecutionErrors = { 400: ErrorModel; 404: ErrorModel; 500: ErrorModel };

const describeExecutionRoute = {
  operationId: "describeExecution",
  method: "GET",
  path: "/executions/{executionId}",
  pathParams: [{ name: "executionId", greedy: false }],
  queryParams: [],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "404": { kind: "json" }, "500": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/** Input of `runSync` (`POST /sync`). */
export type RunSyncInput = { body: GreetingInput };

/**
 * Error bodies of `runSync` by status: what `isRouteError(error, client.sfn.runSync, status)` narrows `error.body` to.
 */
export type RunSyncErrors = { 400: ErrorModel; 500: ExecutionFailure; 502: ExecutionFailure };

const runSyncRoute = {
  operationId: "runSync",
  method: "POST",
  path: "/sync",
  pathParams: [],
  queryParams: [],
  headerParams: [],
  body: { kind: "json", required: true, mediaTypes: ["application/json"] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "500": { kind: "json" }, "502": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/**
 * The operations of the sfn template, bound to `invoker`: what `client.sfn` holds.
 *
 * apigw-playground / sfn: a REST API that drives Step Functions directly (AWS integrations, JSON protocol) - start a
 * STANDARD execution and poll it, or run an EXPRESS workflow synchronously and get its output as the response.
 */
export function createSfnOperations(invoker: Invoker) {
  return {
    /**
     * Start an order-processing execution (STANDARD workflow, asynchronous).
     *
     * `POST /executions`
     *
     * @returns 200: The execution started; poll GET /executions/{executionId}.
     * @throws {RouteError} 400: The body failed validation, or Step Functions rejected the request.
     * @throws {RouteError} 500: Step Functions failed.
     */
    startExecution: defineOperation<StartExecutionInput, ExecutionStarted, StartExecutionErrors>(
      invoker,
      "sfn",
      startExecutionRoute,
    ),
    /**
     * Status of an order-processing execution, with its output once it has one.
     *
     * `GET /executions/{executionId}`
     *
     * @returns 200: The execution's state.
     * @throws {RouteError} 400: The id cannot name an execution, or Step Functions rejected the request.
     * @throws {RouteError} 404: No execution has this id.
     * @throws {RouteError} 500: Step Functions failed.
     */
    describeExecution: defineOperation<DescribeExecutionInput, Execution, DescribeExecutionErrors>(
      invoker,
      "sfn",
      describeExecutionRoute,
    ),
    /**
     * Run the EXPRESS greeting workflow synchronously; its output is the response body.
     *
     * `POST /sync`
     *
     * @returns 200: The workflow succeeded; this is its output.
     * @throws {RouteError} 400: The body failed validation, or Step Functions rejected the request.
     * @throws {RouteError} 500: The workflow FAILED (error and cause from its Fail state), or Step Functions failed.
     * @throws {RouteError} 502: The workflow TIMED_OUT.
     */
    runSync: defineOperation<RunSyncInput, GreetingOutput, RunSyncErrors>(invoker, "sfn", runSyncRoute),
  };
}
