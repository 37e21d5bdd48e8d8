import type { ContentHandling, IntegrationType, PassthroughBehavior } from "../model";

/** The integration types of `x-amazon-apigateway-integration` (API Gateway accepts them in any case). */
export const INTEGRATION_TYPES: readonly IntegrationType[] = ["AWS", "AWS_PROXY", "HTTP", "HTTP_PROXY", "MOCK"];
export const PASSTHROUGH_BEHAVIORS: readonly PassthroughBehavior[] = ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"];
export const CONTENT_HANDLINGS: readonly ContentHandling[] = ["CONVERT_TO_TEXT", "CONVERT_TO_BINARY"];
export const CONNECTION_TYPES = ["INTERNET", "VPC_LINK"] as const;
/** Methods an integration request can use (`ANY` passes the method request's through). */
export const INTEGRATION_HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"];

/** API Gateway's documented defaults for integrations. */
export const INTEGRATION_DEFAULTS = {
  passthroughBehavior: "WHEN_NO_MATCH" as PassthroughBehavior,
  /** 29 seconds, the default integration timeout. */
  timeoutInMillis: 29000,
  connectionType: "INTERNET" as const,
};

/** `value` upper-cased when it is one of `allowed` in any case, else `undefined`. */
export function normaliseEnum<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  if (typeof value !== "string") return undefined;
  const upper = value.toUpperCase();
  return allowed.find((candidate) => candidate === upper);
}
