import type { ApiModel, JsonSchema, ResolvedResource } from "../model";
import type { PseudoParameters } from "../resolve/scope";
import { asObject, isObject, type JsonObject } from "../utils/json";
import { apiKeySource, binaryMediaTypes, corsSettings, stageSettings } from "./api-settings";
import type { ApiSource } from "./api-sources";
import { samAuthDefaults } from "./auth";
import { extractGatewayResponses } from "./gateway-responses";
import { inlineSchema } from "./openapi-refs";
import { listOperations } from "./operations";
import { extractRoutes } from "./routes";
import { extractUsagePlans } from "./usage-plans";
import { extractValidators } from "./validators";

/** Everything an API's extraction reads besides its own resource. */
export interface ExtractContext {
  resources: Record<string, ResolvedResource>;
  pseudo: PseudoParameters;
}

/**
 * An API's model: settings from the resource (SAM or plain CloudFormation) and its OpenAPI
 * document, routes from the document's operations. Tolerant: missing or invalid pieces get
 * defaults; the validation rules report them.
 */
export function extractApi(source: ApiSource, context: ExtractContext): ApiModel {
  const { resource } = source;
  const document: JsonObject = source.document ?? {};
  const properties = resource.properties;
  const sam = resource.type === "AWS::Serverless::Api";
  const stage = stageSettings(resource, context.resources);
  const validators = extractValidators(document);
  const info = asObject(document.info);
  const auth = sam ? asObject(properties.Auth) : {};
  const gatewayResponseResources = Object.values(context.resources).filter(
    (r) => r.type === "AWS::ApiGateway::GatewayResponse" && r.properties.RestApiId === resource.physicalId,
  );
  const api: ApiModel = {
    logicalId: resource.logicalId,
    restApiId: resource.physicalId,
    title: typeof info.title === "string" ? info.title : typeof properties.Name === "string" ? properties.Name : resource.logicalId,
    stageName: stage.stageName ?? "",
    stageVariables: stage.variables,
    binaryMediaTypes: binaryMediaTypes(properties.BinaryMediaTypes, document),
    apiKeySource: apiKeySource(properties.ApiKeySourceType, document),
    validators,
    models: extractModels(document),
    gatewayResponses: extractGatewayResponses(document, sam ? properties.GatewayResponses : undefined, gatewayResponseResources),
    usagePlans: extractUsagePlans(
      { logicalId: resource.logicalId, restApiId: resource.physicalId, stageName: stage.stageName ?? "", samUsagePlan: auth.UsagePlan },
      context.resources,
      context.pseudo,
    ),
    routes: extractRoutes(listOperations(document, source.documentPath), document, samAuthDefaults(auth), validators),
  };
  const cors = sam ? corsSettings(properties.Cors) : undefined;
  if (cors) api.cors = cors;
  return api;
}

/** `components.schemas` (with SAM's `Models` already merged in), each with its `$ref`s inlined. */
function extractModels(document: JsonObject): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(asObject(asObject(document.components).schemas))) {
    if (isObject(schema)) out[name] = inlineSchema(schema, document, new Set([`#/components/schemas/${name}`]));
  }
  return out;
}
