import type { ApiModel, ResolvedResource } from "../model";
import type { ApiSource } from "../extract/api-sources";
import type { OperationEntry } from "../extract/operations";
import type { PathSegment } from "../parse/source-position";
import { isObject, type JsonObject } from "../utils/json";

/** What a rule sees of one API. Rules report paths into the template; the loader locates them. */
export interface ApiCheck {
  source: ApiSource;
  /** The OpenAPI document (empty when unreadable). */
  document: JsonObject;
  operations: OperationEntry[];
  api: ApiModel;
  resources: Record<string, ResolvedResource>;
  report(path: readonly PathSegment[], message: string): void;
}

/** A validation rule over one API. */
export type ApiRule = (check: ApiCheck) => void;

/** An operation's `x-amazon-apigateway-integration`, when it has one, with its path. */
export interface IntegrationEntry {
  entry: OperationEntry;
  integration: JsonObject;
  at: PathSegment[];
}

/** The integrations of every operation that has one (the integration-type rule reports the rest). */
export function integrationsOf(check: ApiCheck): IntegrationEntry[] {
  return check.operations.flatMap((entry) => {
    const integration = entry.operation["x-amazon-apigateway-integration"];
    return isObject(integration) ? [{ entry, integration, at: [...entry.at, "x-amazon-apigateway-integration"] }] : [];
  });
}

/** True when a value could not be resolved (the resolver already reported why): rules skip it. */
export function isUnresolved(value: unknown): boolean {
  return typeof value === "string" && value.includes("<unresolved ");
}
