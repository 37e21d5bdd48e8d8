import { GatewayError } from "../errors/GatewayError";
import type { SigningContext } from "../errors/gatewayAdvice";
import { type ResponseMetadata, requestIdsOf } from "../errors/PlaygroundClientError";
import { RouteError } from "../errors/RouteError";
import { UnexpectedResponseError } from "../errors/UnexpectedResponseError";
import type { ResponseDescriptor, RouteDescriptor } from "../runtime/contract";
import type { WireResponse } from "../transport/sendOnce";
import { inferKind, jsonOrText, readBody } from "./readBody";

export interface ResponseContext {
  template: string;
  route: RouteDescriptor;
  /** `GET https://...`, for messages. */
  request: string;
  signing: SigningContext;
  attempts: number;
  totalRetryDelay: number;
}

/**
 * Turn the final response into the operation's result, or throw: a declared 2xx gives the
 * typed result; an answer API Gateway gave itself (it sets `x-amzn-ErrorType`) a
 * GatewayError; a declared error status a RouteError with its typed body; anything else an
 * UnexpectedResponseError. The header is checked before the declared statuses because
 * API Gateway's own 403 or 400 can share a status with a route's declared error.
 */
export function mapResponse(response: WireResponse, context: ResponseContext): unknown {
  const { route, request } = context;
  const metadata: Partial<ResponseMetadata> = {
    attempts: context.attempts,
    totalRetryDelay: context.totalRetryDelay,
    httpStatusCode: response.status,
    ...requestIdsOf(response.headers),
  };
  const declared: ResponseDescriptor | undefined = route.responses[String(response.status)];
  const success = response.status >= 200 && response.status < 300;

  if (success) {
    return parseAs(response, (declared ?? route.responses["default"])?.kind ?? inferKind(response), context, metadata);
  }

  const errorType = response.headers["x-amzn-errortype"];
  if (errorType !== undefined) {
    const body = jsonOrText(response);
    return throwError(
      new GatewayError({
        status: response.status,
        // `InvalidSignatureException:http://internal.amazon.com/coral/...`: the type is before the colon.
        errorType: errorType.split(":")[0]!.trim(),
        gatewayMessage: gatewayMessageOf(body),
        request,
        body,
        signing: context.signing,
        metadata,
      }),
    );
  }

  const errorResponse = declared ?? route.responses["default"];
  if (errorResponse) {
    const body = parseAs(response, errorResponse.kind, context, metadata);
    return throwError(
      new RouteError({ status: response.status, body, template: context.template, operationId: route.operationId, request, metadata }),
    );
  }

  return throwError(
    new UnexpectedResponseError({
      status: response.status,
      contentType: response.headers["content-type"],
      body: response.body,
      request,
      reason: `with a status ${context.template}.${route.operationId} does not declare (regenerate the client if the template changed: pnpm generate)`,
      metadata,
    }),
  );
}

function parseAs(
  response: WireResponse,
  kind: ResponseDescriptor["kind"],
  context: ResponseContext,
  metadata: Partial<ResponseMetadata>,
): unknown {
  try {
    return readBody(response, kind);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new UnexpectedResponseError({
      status: response.status,
      contentType: response.headers["content-type"],
      body: response.body,
      request: context.request,
      reason: `with a body that is not the JSON ${context.template}.${context.route.operationId} declares (${error.message}); check the route's mapping template`,
      metadata,
    });
  }
}

function gatewayMessageOf(body: unknown): string {
  if (typeof body === "string") return body.trim() || "(no message)";
  if (typeof body === "object" && body !== null) {
    const record = body as Record<string, unknown>;
    const message = record["message"] ?? record["Message"];
    if (typeof message === "string") return message;
  }
  return JSON.stringify(body);
}

function throwError(error: Error): never {
  throw error;
}
