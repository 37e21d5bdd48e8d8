import type { ApiModel, GatewayResponseModel, GatewayResponseType } from "@apigw-playground/routes";
import type { RequestContext } from "../context/request-context";
import { setErrorContext } from "../context/request-context";
import type { MappingSources } from "../map/mapping-expression";
import { hasHeader } from "../map/header-map";
import { mapResponseHeaders } from "../map/request-parameters";
import { selectResponseTemplate } from "../map/select-template";
import type { GatewayAnswer } from "./answer";
import type { GatewayFailure } from "./failure";

/** The body API Gateway's built-in gateway responses use. */
export const DEFAULT_GATEWAY_RESPONSE_TEMPLATE = '{"message":$context.error.messageString}';

/**
 * The default status of each gateway response type ("Gateway response types for API Gateway").
 * DEFAULT_4XX / DEFAULT_5XX have none: they take the status of the failure they answer.
 */
export const GATEWAY_RESPONSE_STATUS: Readonly<Record<GatewayResponseType, number | undefined>> = {
  ACCESS_DENIED: 403,
  API_CONFIGURATION_ERROR: 500,
  AUTHORIZER_CONFIGURATION_ERROR: 500,
  AUTHORIZER_FAILURE: 500,
  BAD_REQUEST_PARAMETERS: 400,
  BAD_REQUEST_BODY: 400,
  DEFAULT_4XX: undefined,
  DEFAULT_5XX: undefined,
  EXPIRED_TOKEN: 403,
  INTEGRATION_FAILURE: 504,
  INTEGRATION_TIMEOUT: 504,
  INVALID_API_KEY: 403,
  INVALID_SIGNATURE: 403,
  MISSING_AUTHENTICATION_TOKEN: 403,
  QUOTA_EXCEEDED: 429,
  REQUEST_TOO_LARGE: 413,
  RESOURCE_NOT_FOUND: 404,
  THROTTLED: 429,
  UNAUTHORIZED: 401,
  UNSUPPORTED_MEDIA_TYPE: 415,
  WAF_FILTERED: 403,
};

/** What the override of a gateway response can read besides `$context`. */
export interface GatewayResponseInput {
  context: RequestContext;
  stageVariables: Record<string, string>;
  /** `method.request.*` sources, when the request got that far. */
  methodRequest?: MappingSources["methodRequest"];
  accept: string | undefined;
}

/**
 * Answers a failure with the API's gateway response: its own override for the type, else the
 * API's DEFAULT_4XX / DEFAULT_5XX (by the failure's status class), else API Gateway's built-in
 * `{"message": ...}`. The override may set the status, headers (`gatewayresponse.header.X` from
 * `'static'`, `method.request.*`, `stageVariables.*`, `context.*`) and body templates.
 * Gateway response templates are not VTL: only `$context.*` and `$stageVariables.*` are
 * substituted. `x-amzn-ErrorType` is always set.
 */
export function gatewayResponse(api: ApiModel, failure: GatewayFailure, input: GatewayResponseInput): GatewayAnswer {
  setErrorContext(input.context, failure);
  const override = overrideFor(api, failure);
  const status = override?.statusCode === undefined ? failure.statusCode : Number(override.statusCode);
  const sources: MappingSources = { context: input.context, stageVariables: input.stageVariables };
  if (input.methodRequest !== undefined) sources.methodRequest = input.methodRequest;
  const headers: Record<string, string | string[]> = {
    ...failure.headers,
    ...(override === undefined ? {} : mapResponseHeaders(override.responseParameters, "gatewayresponse.header.", sources)),
  };
  const templates = override !== undefined && Object.keys(override.responseTemplates).length > 0 ? override.responseTemplates : undefined;
  const template = templates === undefined ? undefined : selectResponseTemplate(templates, input.accept);
  const source = template?.template ?? DEFAULT_GATEWAY_RESPONSE_TEMPLATE;
  if (!hasHeader(headers, "content-type")) {
    headers["Content-Type"] = template?.contentType ?? "application/json";
  }
  headers["x-amzn-ErrorType"] = failure.errorType;
  return { status, headers, body: substituteVariables(source, input.context, input.stageVariables) };
}

function overrideFor(api: ApiModel, failure: GatewayFailure): GatewayResponseModel | undefined {
  const own = api.gatewayResponses[failure.responseType];
  if (own !== undefined) return own;
  return api.gatewayResponses[failure.statusCode >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX"];
}

const VARIABLE = /\$(?:\{(context|stageVariables)((?:\.[A-Za-z0-9_]+)+)\}|(context|stageVariables)((?:\.[A-Za-z0-9_]+)+))/g;

/** `$context.a.b`, `${context.a.b}`, `$stageVariables.x`: simple substitution, missing values empty. */
export function substituteVariables(template: string, context: RequestContext, stageVariables: Record<string, string>): string {
  if (!template.includes("$")) return template;
  return template.replace(VARIABLE, (_match, braced: string | undefined, bracedPath: string | undefined, root: string | undefined, path: string | undefined) => {
    const base: unknown = (braced ?? root) === "context" ? context : stageVariables;
    let value: unknown = base;
    for (const name of (bracedPath ?? path ?? "").slice(1).split(".")) {
      if (typeof value !== "object" || value === null) return "";
      value = (value as Record<string, unknown>)[name];
    }
    if (value === undefined || value === null) return "";
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  });
}
