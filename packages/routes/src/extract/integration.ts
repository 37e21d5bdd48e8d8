import type { IntegrationModel, IntegrationResponseModel } from "../model";
import { asObject, asStringMap, isObject, scalarToString } from "../utils/json";
import {
  CONNECTION_TYPES,
  CONTENT_HANDLINGS,
  INTEGRATION_DEFAULTS,
  INTEGRATION_TYPES,
  normaliseEnum,
  PASSTHROUGH_BEHAVIORS,
} from "./integration-values";
import { parseIntegrationUri } from "./integration-uri";

/**
 * `x-amazon-apigateway-integration`, normalised: enum values upper-cased, API Gateway's
 * defaults filled in (passthrough `WHEN_NO_MATCH`, timeout 29000 ms, connection `INTERNET`),
 * the uri parsed, responses kept in template order with their selection pattern (`default`
 * for the default response). Invalid values fall back to defaults here; the validation rules
 * report them.
 */
export function extractIntegration(raw: unknown): IntegrationModel {
  const integration = asObject(raw);
  const model: IntegrationModel = {
    type: normaliseEnum(integration.type, INTEGRATION_TYPES) ?? "MOCK",
    requestParameters: asStringMap(integration.requestParameters),
    requestTemplates: asStringMap(integration.requestTemplates),
    passthroughBehavior: normaliseEnum(integration.passthroughBehavior, PASSTHROUGH_BEHAVIORS) ?? INTEGRATION_DEFAULTS.passthroughBehavior,
    timeoutInMillis: Number(integration.timeoutInMillis ?? INTEGRATION_DEFAULTS.timeoutInMillis),
    connectionType: normaliseEnum(integration.connectionType, CONNECTION_TYPES) ?? INTEGRATION_DEFAULTS.connectionType,
    responses: extractIntegrationResponses(integration.responses),
  };
  const httpMethod = scalarToString(integration.httpMethod);
  if (httpMethod !== undefined && model.type !== "MOCK") model.httpMethod = httpMethod.toUpperCase();
  const uri = scalarToString(integration.uri);
  if (uri !== undefined) {
    model.uri = uri;
    const target = parseIntegrationUri(uri);
    if (target) model.target = target;
  }
  const credentials = scalarToString(integration.credentials);
  if (credentials !== undefined) model.credentials = credentials;
  const contentHandling = normaliseEnum(integration.contentHandling, CONTENT_HANDLINGS);
  if (contentHandling) model.contentHandling = contentHandling;
  const connectionId = scalarToString(integration.connectionId);
  if (connectionId !== undefined) model.connectionId = connectionId;
  return model;
}

/** In OpenAPI the responses map is keyed by selection pattern; each entry names its status code. */
function extractIntegrationResponses(raw: unknown): IntegrationResponseModel[] {
  return Object.entries(asObject(raw))
    .filter(([, response]) => isObject(response))
    .map(([selectionPattern, value]) => {
      const response = asObject(value);
      const model: IntegrationResponseModel = {
        selectionPattern,
        statusCode: scalarToString(response.statusCode) ?? "",
        responseParameters: asStringMap(response.responseParameters),
        responseTemplates: asStringMap(response.responseTemplates),
      };
      const contentHandling = normaliseEnum(response.contentHandling, CONTENT_HANDLINGS);
      if (contentHandling) model.contentHandling = contentHandling;
      return model;
    });
}
