import type { ApiRuntime } from "./api-runtime";
import { authorizeRoute } from "./authorize-route";
import { createRequestContext, type RequestContext } from "./context/request-context";
import { newExtendedRequestId, newRequestId } from "./context/request-ids";
import type { MappingSources } from "./map/mapping-expression";
import { mapRequest } from "./map/map-request";
import { mapResponse } from "./map/map-response";
import { lastHeader, type MethodRequest } from "./request/method-request";
import { parseQueryString, type QueryParameters } from "./request/query-string";
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

interface RequestState {
  runtime: ApiRuntime;
  request: MethodRequest;
  context: RequestContext;
  query?: QueryParameters;
  pathParameters?: Record<string, string>;
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
  const state: RequestState = { runtime, request, context };
  let answer: GatewayAnswer;
  try {
    answer = arrival.tooLarge ? refuse(state, requestTooLarge()) : await run(state, now);
  } catch (e) {
    runtime.logger.error(`Execution failed: ${request.method} ${request.rawPath}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    answer = refuse(state, internalServerError());
  }
  answer.headers["Date"] = now.toUTCString();
  answer.headers["x-amzn-RequestId"] = context.requestId;
  answer.headers["x-amz-apigw-id"] = context.extendedRequestId;
  return answer;
}

async function run(state: RequestState, now: Date): Promise<GatewayAnswer> {
  const { runtime, request, context } = state;
  const target = resourceTarget(request.rawPath, runtime.stage);
  if (target === undefined) return refuse(state, missingAuthenticationToken());
  const match = matchRoute(runtime.routes, request.method, target.segments);
  if (match === undefined) {
    if (request.method === "OPTIONS" && runtime.api.cors !== undefined) {
      const resource = matchResource(runtime.routes, target.segments);
      if (resource !== undefined) return corsPreflight(runtime.api.cors, resource);
    }
    return refuse(state, missingAuthenticationToken());
  }
  const { route, pathParameters } = match;
  state.pathParameters = pathParameters;
  context.resourcePath = route.path;
  context.resourceId = runtime.resourceIds.get(route.path) ?? null;

  const denied = authorizeRoute(runtime, route, request, context, now);
  if (denied !== undefined) return refuse(state, denied);

  const query = parseQueryString(request.rawQuery);
  state.query = query;
  const invalid = runtime.validator.validate(route, { pathParameters, query, headers: request.headers, body: request.body });
  if (invalid !== undefined) return refuse(state, invalid);

  const common = {
    api: runtime.api,
    integration: route.integration,
    request,
    pathParameters,
    query,
    context,
    stageVariables: runtime.stageVariables,
    templates: runtime.templates,
    logger: runtime.logger,
  };
  const mapped = mapRequest({ ...common, now });
  if (!mapped.ok) return refuse(state, mapped.failure);

  const result = await runtime.integrations.for(route.integration).invoke({
    api: runtime.api,
    route,
    integration: route.integration,
    request: mapped.request,
    context,
    stageVariables: runtime.stageVariables,
    logger: runtime.logger,
  });
  if (!result.ok) return refuse(state, result.failure);

  const answered = mapResponse({ ...common, response: result.response });
  if (!answered.ok) return refuse(state, answered.failure);
  return answered.answer;
}

/** Answers a failure with the API's gateway response for it. */
function refuse(state: RequestState, failure: GatewayFailure): GatewayAnswer {
  const { runtime, request, context } = state;
  const methodRequest: MappingSources["methodRequest"] = {
    path: state.pathParameters ?? {},
    query: state.query ?? parseQueryString(request.rawQuery),
    headers: request.headers,
    body: () => request.body.toString("utf8"),
  };
  return gatewayResponse(runtime.api, failure, {
    context,
    stageVariables: runtime.stageVariables,
    methodRequest,
    accept: lastHeader(request.headers, "accept"),
  });
}
