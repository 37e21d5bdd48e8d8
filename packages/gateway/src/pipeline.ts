import type { ApiRuntime } from "./api-runtime";
import { authorizeRoute } from "./authorize-route";
import { createRequestContext, type RequestContext } from "./context/request-context";
import { newExtendedRequestId, newRequestId } from "./context/request-ids";
import { formatHttpDate } from "./context/request-time";
import { mapRequest } from "./map/map-request";
import { mapResponse } from "./map/map-response";
import { lastHeader, type MethodRequest } from "./request/method-request";
import { RequestView } from "./request/request-view";
import type { GatewayAnswer } from "./respond/answer";
import { corsPreflight } from "./respond/cors-preflight";
import type { GatewayFailure } from "./respond/failure";
import { internalServerError, missingAuthenticationToken, requestTooLarge } from "./respond/gateway-failures";
import { gatewayResponse } from "./respond/gateway-responses";
import { matchResource, matchRoute, resourceTarget } from "./route/match-route";

/** How the listener saw the request arrive. */
export interface ArrivalInfo {
  /** The body was over API Gateway's 10 MB limit (and was not kept). */
  tooLarge?: boolean;
}

/**
 * API Gateway's request pipeline for one API stage: route → authorize → validate → map request →
 * integrate → map response, with any refusal answered by the gateway response of its type.
 * Every answer carries `x-amzn-RequestId`, `x-amz-apigw-id` and `Date`.
 */
export async function handleRequest(runtime: ApiRuntime, request: MethodRequest, arrival: ArrivalInfo = {}): Promise<GatewayAnswer> {
  const now = runtime.now();
  const context = createRequestContext({
    accountId: runtime.accountId,
    apiId: runtime.api.restApiId,
    deploymentId: runtime.deploymentId,
    stage: runtime.stage,
    method: request.method,
    rawPath: request.rawPath,
    host: lastHeader(request.headers, "host"),
    userAgent: lastHeader(request.headers, "user-agent"),
    sourceIp: request.sourceIp,
    protocol: request.protocol,
    requestId: newRequestId(),
    extendedRequestId: newExtendedRequestId(),
    now,
  });
  const view = new RequestView(request);
  let answer: GatewayAnswer;
  try {
    answer = arrival.tooLarge ? refuse(runtime, view, context, requestTooLarge()) : await run(runtime, view, context, now);
  } catch (e) {
    runtime.logger.error(`Execution failed: ${request.method} ${request.rawPath}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    answer = refuse(runtime, view, context, internalServerError());
  }
  answer.headers["Date"] = formatHttpDate(now);
  answer.headers["x-amzn-RequestId"] = context.requestId;
  answer.headers["x-amz-apigw-id"] = context.extendedRequestId;
  return answer;
}

async function run(runtime: ApiRuntime, view: RequestView, context: RequestContext, now: Date): Promise<GatewayAnswer> {
  const request = view.request;
  const target = resourceTarget(request.rawPath, runtime.stage);
  if (target === undefined) return refuse(runtime, view, context, missingAuthenticationToken());
  const match = matchRoute(runtime.routes, request.method, target.segments);
  if (match === undefined) {
    if (request.method === "OPTIONS" && runtime.api.cors !== undefined) {
      const resource = matchResource(runtime.routes, target.segments);
      if (resource !== undefined) return corsPreflight(runtime.api.cors, resource);
    }
    return refuse(runtime, view, context, missingAuthenticationToken());
  }
  const { route } = match;
  view.pathParameters = match.pathParameters;
  context.resourcePath = route.path;
  context.resourceId = runtime.resourceIds.get(route.path) ?? null;

  const denied = authorizeRoute(runtime, route, request, context, now);
  if (denied !== undefined) return refuse(runtime, view, context, denied);

  if (route.validator !== undefined) {
    const invalid = runtime.validator.validate(route, {
      pathParameters: view.pathParameters,
      query: view.query,
      headers: request.headers,
      body: request.body,
    });
    if (invalid !== undefined) return refuse(runtime, view, context, invalid);
  }

  const integration = route.integration;
  const mapped = mapRequest({
    api: runtime.api,
    integration,
    view,
    context,
    stageVariables: runtime.stageVariables,
    templates: runtime.templates,
    logger: runtime.logger,
    now,
  });
  if (!mapped.ok) return refuse(runtime, view, context, mapped.failure);

  const result = await runtime.integrations.for(integration).invoke({
    api: runtime.api,
    route,
    integration,
    request: mapped.request,
    context,
    stageVariables: runtime.stageVariables,
    logger: runtime.logger,
  });
  if (!result.ok) return refuse(runtime, view, context, result.failure);

  const answered = mapResponse({
    api: runtime.api,
    integration,
    view,
    response: result.response,
    context,
    stageVariables: runtime.stageVariables,
    templates: runtime.templates,
    logger: runtime.logger,
  });
  if (!answered.ok) return refuse(runtime, view, context, answered.failure);
  return answered.answer;
}

/** Answers a failure with the API's gateway response for it. */
function refuse(runtime: ApiRuntime, view: RequestView, context: RequestContext, failure: GatewayFailure): GatewayAnswer {
  return gatewayResponse(runtime.api, failure, {
    context,
    stageVariables: runtime.stageVariables,
    methodRequest: view,
    accept: lastHeader(view.headers, "accept"),
  });
}
