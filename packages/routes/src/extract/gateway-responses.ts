import type { GatewayResponseModel, GatewayResponseType, ResolvedResource } from "../model";
import { asObject, asStringMap, isObject, type JsonObject, scalarToString } from "../utils/json";

/** Every response type API Gateway lets a REST API customise. */
export const GATEWAY_RESPONSE_TYPES: readonly GatewayResponseType[] = [
  "ACCESS_DENIED",
  "API_CONFIGURATION_ERROR",
  "AUTHORIZER_CONFIGURATION_ERROR",
  "AUTHORIZER_FAILURE",
  "BAD_REQUEST_PARAMETERS",
  "BAD_REQUEST_BODY",
  "DEFAULT_4XX",
  "DEFAULT_5XX",
  "EXPIRED_TOKEN",
  "INTEGRATION_FAILURE",
  "INTEGRATION_TIMEOUT",
  "INVALID_API_KEY",
  "INVALID_SIGNATURE",
  "MISSING_AUTHENTICATION_TOKEN",
  "QUOTA_EXCEEDED",
  "REQUEST_TOO_LARGE",
  "RESOURCE_NOT_FOUND",
  "THROTTLED",
  "UNAUTHORIZED",
  "UNSUPPORTED_MEDIA_TYPE",
  "WAF_FILTERED",
];

type GatewayResponses = Partial<Record<GatewayResponseType, GatewayResponseModel>>;

function isGatewayResponseType(type: string): type is GatewayResponseType {
  return (GATEWAY_RESPONSE_TYPES as readonly string[]).includes(type);
}

function model(type: GatewayResponseType, statusCode: unknown, parameters: Record<string, string>, templates: unknown): GatewayResponseModel {
  const response: GatewayResponseModel = { type, responseParameters: parameters, responseTemplates: asStringMap(templates) };
  const status = scalarToString(statusCode);
  if (status !== undefined) response.statusCode = status;
  return response;
}

/**
 * Gateway responses from three places, later ones winning per type (as SAM and CloudFormation
 * apply them): the body's `x-amazon-apigateway-gateway-responses`, SAM's `GatewayResponses`
 * property, and `AWS::ApiGateway::GatewayResponse` resources for this API. Unknown types are
 * skipped here and reported by the gateway-responses rule.
 */
export function extractGatewayResponses(
  document: JsonObject,
  samProperty: unknown,
  resources: ResolvedResource[],
): GatewayResponses {
  const out: GatewayResponses = {};
  for (const [type, raw] of Object.entries(asObject(document["x-amazon-apigateway-gateway-responses"]))) {
    if (!isGatewayResponseType(type) || !isObject(raw)) continue;
    out[type] = model(type, raw.statusCode, asStringMap(raw.responseParameters), raw.responseTemplates);
  }
  for (const [type, raw] of Object.entries(asObject(samProperty))) {
    if (!isGatewayResponseType(type) || !isObject(raw)) continue;
    out[type] = model(type, raw.StatusCode, samResponseParameters(raw.ResponseParameters), raw.ResponseTemplates);
  }
  for (const resource of resources) {
    const type = scalarToString(resource.properties.ResponseType) ?? "";
    if (!isGatewayResponseType(type)) continue;
    const p = resource.properties;
    out[type] = model(type, p.StatusCode, asStringMap(p.ResponseParameters), p.ResponseTemplates);
  }
  return out;
}

/** SAM groups parameters as `Headers`/`Paths`/`QueryStrings`; API Gateway keys them `gatewayresponse.{header|path|querystring}.X`. */
function samResponseParameters(raw: unknown): Record<string, string> {
  const groups = asObject(raw);
  const out: Record<string, string> = {};
  const locations: Record<string, string> = { Headers: "header", Paths: "path", QueryStrings: "querystring" };
  for (const [group, location] of Object.entries(locations)) {
    for (const [name, value] of Object.entries(asStringMap(groups[group]))) out[`gatewayresponse.${location}.${name}`] = value;
  }
  return out;
}
