// Generated from templates/events/template.yaml by @apigw-playground/codegen — do not edit.
import { defineOperation, type Invoker, type RouteDescriptor } from "../runtime";

export interface EventInput {
  /**
   * Event source; defaults to the stack's DemoSource (the one the delivery rule matches).
   *
   * @pattern ^[A-Za-z0-9][A-Za-z0-9._-]{0,255}$
   * @default "apigw-playground.demo"
   */
  source?: string;
  /**
   * @minLength 1
   * @maxLength 128
   */
  detailType: string;
  /** Any JSON object; it becomes the event's detail. */
  detail: Record<string, unknown>;
}

export interface EventAccepted {
  eventId: string;
}

export interface EventError {
  message: string;
  failedEntries?: { errorCode: string; errorMessage: string }[];
}

export interface Delivery {
  messageId: string;
  /**
   * The EventBridge event as delivered (version, id, detail-type, source, account, time, region, resources, detail).
   */
  event: Record<string, unknown>;
}

export interface DeliveryList {
  deliveries: Delivery[];
}

export interface ErrorModel {
  message: string;
}

/** The API's binaryMediaTypes: payloads of these types travel as bytes. */
const binaryMediaTypes = [] as const;

/** Input of `putEvent` (`POST /events`). */
export type PutEventInput = { body: EventInput };

/**
 * Error bodies of `putEvent` by status: what `isRouteError(error, client.events.putEvent, status)` narrows `error.body`
 * to.
 */
export type PutEventErrors = { 400: EventError; 500: EventError; 502: EventError };

const putEventRoute = {
  operationId: "putEvent",
  method: "POST",
  path: "/events",
  pathParams: [],
  queryParams: [],
  headerParams: [],
  body: { kind: "json", required: true, mediaTypes: ["application/json"] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "500": { kind: "json" }, "502": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/**
 * Error bodies of `listDeliveries` by status: what `isRouteError(error, client.events.listDeliveries, status)` narrows
 * `error.body` to.
 */
export type ListDeliveriesErrors = { 400: ErrorModel; 500: ErrorModel };

const listDeliveriesRoute = {
  operationId: "listDeliveries",
  method: "GET",
  path: "/deliveries",
  pathParams: [],
  queryParams: [],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "500": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/**
 * The operations of the events template, bound to `invoker`: what `client.events` holds.
 *
 * apigw-playground / events: a REST API that puts events on an EventBridge bus (AWS integration, PutEvents) and shows
 * their delivery - a rule on the bus forwards matching events to an SQS queue that GET /deliveries reads back.
 */
export function createEventsOperations(invoker: Invoker) {
  return {
    /**
     * Put one event on the playground bus.
     *
     * `POST /events`
     *
     * @returns 200: EventBridge accepted the event.
     * @throws {RouteError} 400: The body failed validation, or EventBridge rejected the event itself (for example a
     * source starting with "aws."); failedEntries says why.
     * @throws {RouteError} 500: EventBridge failed.
     * @throws {RouteError} 502: EventBridge could not take the event right now (InternalFailure or
     * ThrottlingException); retry.
     */
    putEvent: defineOperation<PutEventInput, EventAccepted, PutEventErrors>(invoker, "events", putEventRoute),
    /**
     * The events the rule has delivered to the queue in the last few minutes.
     *
     * Reads up to 10 messages with VisibilityTimeout 0, so they stay visible and the next call sees them again; they
     * expire with the queue's 5-minute retention. SQS returns a sample of its servers, so a call may show fewer
     * messages than the queue holds (long polling for 1 s reduces that).
     *
     * `GET /deliveries`
     *
     * @returns 200: Delivered events, each the full EventBridge event as the rule sent it.
     * @throws {RouteError} 400: SQS rejected the request.
     * @throws {RouteError} 500: SQS failed.
     */
    listDeliveries: defineOperation<undefined, DeliveryList, ListDeliveriesErrors>(
      invoker,
      "events",
      listDeliveriesRoute,
    ),
  };
}
