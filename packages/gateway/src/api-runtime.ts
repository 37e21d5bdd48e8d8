import type { ApiModel } from "@apigw-playground/routes";
import { createLocalCredentialStore, createUsagePlanGate, type CredentialLookup, type UsagePlanGate } from "./authorize";
import { resourceIdFor } from "./context/request-ids";
import type { IntegrationRegistry } from "./integrate/integration";
import type { GatewayLogger } from "./logger";
import { CompiledTemplates } from "./map/compiled-templates";
import type { ResolvedGatewayOptions } from "./options";
import { buildRouteTree, type ResourceNode } from "./route/route-tree";
import { RequestValidator } from "./validate/validate-request";

/** One API stage, ready to serve: everything compiled once at start-up. */
export interface ApiRuntime {
  templateName: string;
  api: ApiModel;
  stage: string;
  stageVariables: Record<string, string>;
  region: string;
  accountId: string;
  deploymentId: string;
  routes: ResourceNode;
  resourceIds: Map<string, string>;
  credentials: CredentialLookup;
  usagePlans: UsagePlanGate;
  validator: RequestValidator;
  templates: CompiledTemplates;
  integrations: IntegrationRegistry;
  now: () => Date;
  logger: GatewayLogger;
}

/** Compiles an API for serving. */
export function createApiRuntime(
  templateName: string,
  api: ApiModel,
  options: ResolvedGatewayOptions,
  integrations: IntegrationRegistry,
): ApiRuntime {
  const resourceIds = new Map<string, string>();
  for (const route of api.routes) resourceIds.set(route.path, resourceIdFor(api.restApiId, route.path));
  return {
    templateName,
    api,
    stage: api.stageName,
    stageVariables: { ...api.stageVariables, ...options.stageVariables },
    region: options.region,
    accountId: options.accountId,
    deploymentId: resourceIdFor(api.restApiId, `deployment:${api.stageName}`),
    routes: buildRouteTree(api.routes),
    resourceIds,
    credentials: createLocalCredentialStore(options.credentials),
    usagePlans: createUsagePlanGate(api, { now: () => options.now().getTime() }),
    validator: new RequestValidator(),
    templates: new CompiledTemplates(),
    integrations,
    now: options.now,
    logger: options.logger,
  };
}
