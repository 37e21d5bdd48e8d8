import type { CorsModel, ResolvedResource } from "../model";
import { asObject, asStringMap, isObject, type JsonObject, scalarToString } from "../utils/json";

/** The stage an API is deployed to, and its stage variables. */
export interface StageSettings {
  stageName?: string;
  variables: Record<string, string>;
}

/**
 * SAM APIs carry `StageName`/`Variables` themselves; a plain RestApi is deployed by an
 * `AWS::ApiGateway::Stage` (or a `Deployment` with `StageName`) whose `RestApiId` is this API.
 */
export function stageSettings(resource: ResolvedResource, resources: Record<string, ResolvedResource>): StageSettings {
  if (resource.type === "AWS::Serverless::Api") {
    return { stageName: scalarToString(resource.properties.StageName), variables: asStringMap(resource.properties.Variables) };
  }
  const forThisApi = (r: ResolvedResource) => r.properties.RestApiId === resource.physicalId;
  const stage = Object.values(resources).find((r) => r.type === "AWS::ApiGateway::Stage" && forThisApi(r));
  if (stage) return { stageName: scalarToString(stage.properties.StageName), variables: asStringMap(stage.properties.Variables) };
  const deployment = Object.values(resources).find(
    (r) => r.type === "AWS::ApiGateway::Deployment" && forThisApi(r) && r.properties.StageName !== undefined,
  );
  const description = asObject(deployment?.properties.StageDescription);
  return { stageName: scalarToString(deployment?.properties.StageName), variables: asStringMap(description.Variables) };
}

/**
 * Binary media types from the `BinaryMediaTypes` property and the body's
 * `x-amazon-apigateway-binary-media-types`, deduplicated. SAM writes `/` as `~1` in the
 * property (a JSON-pointer escape, e.g. `image~1png`); API Gateway sees `image/png`.
 */
export function binaryMediaTypes(property: unknown, document: JsonObject): string[] {
  const fromProperty = Array.isArray(property) ? property.map((t) => String(t).replaceAll("~1", "/")) : [];
  const extension = document["x-amazon-apigateway-binary-media-types"];
  const fromBody = Array.isArray(extension) ? extension.map(String) : [];
  return [...new Set([...fromProperty, ...fromBody])];
}

/** `x-amazon-apigateway-api-key-source` (or the `ApiKeySourceType` property); `HEADER` by default. */
export function apiKeySource(property: unknown, document: JsonObject): "HEADER" | "AUTHORIZER" {
  const value = document["x-amazon-apigateway-api-key-source"] ?? property;
  return typeof value === "string" && value.toUpperCase() === "AUTHORIZER" ? "AUTHORIZER" : "HEADER";
}

/** SAM's `Cors`: a string is the allowed origin; a map sets each header. Values lose their quotes. */
export function corsSettings(property: unknown): CorsModel | undefined {
  if (typeof property === "string") return { allowOrigin: unquote(property) };
  if (!isObject(property)) return undefined;
  const cors: CorsModel = {};
  const origin = scalarToString(property.AllowOrigin);
  cors.allowOrigin = origin === undefined ? "*" : unquote(origin); // SAM's default origin is '*'.
  const headers = scalarToString(property.AllowHeaders);
  if (headers !== undefined) cors.allowHeaders = unquote(headers);
  const methods = scalarToString(property.AllowMethods);
  if (methods !== undefined) cors.allowMethods = unquote(methods);
  const maxAge = scalarToString(property.MaxAge);
  if (maxAge !== undefined) cors.maxAge = unquote(maxAge);
  if (property.AllowCredentials === true) cors.allowCredentials = true;
  return cors;
}

function unquote(value: string): string {
  return /^'.*'$/s.test(value) ? value.slice(1, -1) : value;
}
