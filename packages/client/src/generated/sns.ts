// Generated from templates/sns/template.yaml by @apigw-playground/codegen — do not edit.
import { defineOperation, type Invoker, type RouteDescriptor } from "../runtime";

export interface MessageInput {
  /**
   * The message body (SNS allows 256 KB of UTF-8).
   *
   * @minLength 1
   * @maxLength 65536
   */
  message: string;
  /**
   * Subject for email subscriptions; SNS wants printable ASCII, no line breaks, at most 100 characters.
   *
   * @pattern ^[ -~]{1,100}$
   */
  subject?: string;
  /**
   * String message attributes (SNS allows 10), usable in subscription filter policies.
   *
   * @maxProperties 10
   */
  attributes?: Record<string, string>;
}

export interface MessagePublished {
  messageId: string;
}

export interface ErrorModel {
  message: string;
}

/** The API's binaryMediaTypes: payloads of these types travel as bytes. */
const binaryMediaTypes = [] as const;

/** Input of `publishMessage` (`POST /messages`). */
export type PublishMessageInput = { body: MessageInput };

/**
 * Error bodies of `publishMessage` by status: what `isRouteError(error, client.sns.publishMessage, status)` narrows
 * `error.body` to.
 */
export type PublishMessageErrors = { 400: ErrorModel; 500: ErrorModel };

const publishMessageRoute = {
  operationId: "publishMessage",
  method: "POST",
  path: "/messages",
  pathParams: [],
  queryParams: [],
  headerParams: [],
  body: { kind: "json", required: true, mediaTypes: ["application/json"] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "500": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/**
 * The operations of the sns template, bound to `invoker`: what `client.sns` holds.
 *
 * apigw-playground / sns: a REST API that publishes to an SNS topic directly (AWS integration on SNS's Query protocol)
 * - the mapping template turns a JSON body into a form-encoded Publish call, message attributes included.
 */
export function createSnsOperations(invoker: Invoker) {
  return {
    /**
     * Publish a message (with an optional subject and string attributes) to the topic.
     *
     * `POST /messages`
     *
     * @returns 200: SNS accepted the message.
     * @throws {RouteError} 400: The body failed validation, or SNS rejected the message.
     * @throws {RouteError} 500: SNS failed.
     */
    publishMessage: defineOperation<PublishMessageInput, MessagePublished, PublishMessageErrors>(
      invoker,
      "sns",
      publishMessageRoute,
    ),
  };
}
