import type { AuthModel, HttpMethod } from "../model";
import { asObject, isObject, type JsonObject } from "../utils/json";

/** What a security scheme means to API Gateway. */
export type SchemeKind = "sigv4" | "api-key" | "authorizer" | "unsupported";

/** SAM `Auth` settings that apply to every operation of the body. */
export interface SamAuthDefaults {
  /** `Auth.ApiKeyRequired`. @default false */
  apiKeyRequired: boolean;
  /** `Auth.DefaultAuthorizer` (only `AWS_IAM` is meaningful locally). */
  defaultAuthorizer?: string;
  /** `Auth.AddDefaultAuthorizerToCorsPreflight`. @default true */
  authorizerOnPreflight: boolean;
  /** `Auth.AddApiKeyRequiredToCorsPreflight`. @default true */
  apiKeyOnPreflight: boolean;
}

/** Reads SAM's `Auth` property of an `AWS::Serverless::Api`. */
export function samAuthDefaults(auth: unknown): SamAuthDefaults {
  const value = asObject(auth);
  return {
    apiKeyRequired: value.ApiKeyRequired === true,
    defaultAuthorizer: typeof value.DefaultAuthorizer === "string" ? value.DefaultAuthorizer : undefined,
    authorizerOnPreflight: value.AddDefaultAuthorizerToCorsPreflight !== false,
    apiKeyOnPreflight: value.AddApiKeyRequiredToCorsPreflight !== false,
  };
}

/** The document's security schemes (OpenAPI 3 `components.securitySchemes`, or Swagger's `securityDefinitions`). */
export function securitySchemes(document: JsonObject): JsonObject {
  return { ...asObject(document.securityDefinitions), ...asObject(asObject(document.components).securitySchemes) };
}

/**
 * How API Gateway reads a scheme: `x-amazon-apigateway-authtype: awsSigv4` is IAM; an `apiKey`
 * scheme for the `x-api-key` header is the API key requirement; `x-amazon-apigateway-authorizer`
 * is a Lambda or Cognito authorizer.
 */
export function classifyScheme(scheme: unknown): SchemeKind {
  if (!isObject(scheme)) return "unsupported";
  const authType = scheme["x-amazon-apigateway-authtype"];
  if (typeof authType === "string" && authType.toLowerCase() === "awssigv4") return "sigv4";
  if (scheme["x-amazon-apigateway-authorizer"] !== undefined) return "authorizer";
  const name = typeof scheme.name === "string" ? scheme.name.toLowerCase() : "";
  if (scheme.type === "apiKey" && name === "x-api-key" && scheme.in === "header") return "api-key";
  return "unsupported";
}

/** The security requirements in force: the operation's own (`[]` means none), else the document's. */
export function securityRequirements(operation: JsonObject, document: JsonObject): JsonObject[] {
  const security = Array.isArray(operation.security) ? operation.security : document.security;
  return Array.isArray(security) ? security.filter(isObject) : [];
}

/** The route's authorization: IAM when a requirement names a sigv4 scheme, API key when one names the api key scheme. */
export function extractAuth(
  operation: JsonObject,
  method: HttpMethod | "ANY",
  document: JsonObject,
  sam: SamAuthDefaults,
): AuthModel {
  const schemes = securitySchemes(document);
  const kinds = securityRequirements(operation, document).flatMap((requirement) =>
    Object.keys(requirement).map((name) => classifyScheme(schemes[name])),
  );
  const preflight = method === "OPTIONS";
  // SAM writes its Auth defaults into every operation of the body, except where the operation
  // sets its own security, and except CORS preflights when told not to.
  const samIam =
    sam.defaultAuthorizer === "AWS_IAM" && !Array.isArray(operation.security) && (!preflight || sam.authorizerOnPreflight);
  const samApiKey = sam.apiKeyRequired && (!preflight || sam.apiKeyOnPreflight);
  return {
    type: kinds.includes("sigv4") || samIam ? "AWS_IAM" : "NONE",
    apiKeyRequired: kinds.includes("api-key") || samApiKey,
  };
}
