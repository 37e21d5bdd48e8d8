import type { ApiKeyModel, QuotaModel, ResolvedResource, ThrottleModel, UsagePlanModel } from "../model";
import { describeIdentity } from "../resolve/physical-ids";
import { usagePlanLogicalIds } from "../resolve/sam-generated";
import type { PseudoParameters } from "../resolve/scope";
import { shortId } from "../utils/hash";
import { asObject, isObject, scalarToString } from "../utils/json";

/** The API a usage plan is looked up for. */
export interface UsagePlanTarget {
  logicalId: string;
  restApiId: string;
  stageName: string;
  /** SAM's `Auth.UsagePlan`, when the API is an `AWS::Serverless::Api`. */
  samUsagePlan?: unknown;
}

/**
 * The local value of an API key whose template sets no `Value` (AWS would generate one).
 * 40 alphanumerics, stable for a stack and logical id, so clients and the gateway agree.
 */
export function localApiKeyValue(stackName: string, logicalId: string): string {
  return shortId(40, stackName, logicalId, "api-key-value");
}

/**
 * Usage plans covering this API: `AWS::ApiGateway::UsagePlan` resources whose `ApiStages`
 * name its REST API id, with the keys attached by `AWS::ApiGateway::UsagePlanKey`; plus the
 * plan, key and attachment SAM generates for `Auth.UsagePlan` (`PER_API` or `SHARED`).
 */
export function extractUsagePlans(
  api: UsagePlanTarget,
  resources: Record<string, ResolvedResource>,
  pseudo: PseudoParameters,
): UsagePlanModel[] {
  const all = Object.values(resources);
  const plans: UsagePlanModel[] = [];
  for (const plan of all.filter((r) => r.type === "AWS::ApiGateway::UsagePlan")) {
    const stages = (Array.isArray(plan.properties.ApiStages) ? plan.properties.ApiStages : [])
      .map(asObject)
      .filter((stage) => stage.ApiId === api.restApiId)
      .map((stage) => scalarToString(stage.Stage) ?? "");
    if (stages.length === 0) continue;
    const keys = all
      .filter((r) => r.type === "AWS::ApiGateway::UsagePlanKey" && r.properties.UsagePlanId === plan.physicalId)
      .map((link) => all.find((r) => r.type === "AWS::ApiGateway::ApiKey" && r.physicalId === link.properties.KeyId))
      .filter((key): key is ResolvedResource => key !== undefined)
      .map((key) => apiKeyModel(key, pseudo.stackName));
    plans.push(planModel(plan.logicalId, plan.properties, stages, keys, `${pseudo.stackName}-${plan.logicalId}`));
  }
  const sam = samUsagePlan(api, pseudo);
  if (sam) plans.push(sam);
  return plans;
}

function samUsagePlan(api: UsagePlanTarget, pseudo: PseudoParameters): UsagePlanModel | undefined {
  const settings = asObject(api.samUsagePlan);
  const mode = settings.CreateUsagePlan;
  if (mode !== "PER_API" && mode !== "SHARED") return undefined;
  const ids = usagePlanLogicalIds(api.logicalId, mode);
  const key = describeIdentity({ logicalId: ids.apiKey, type: "AWS::ApiGateway::ApiKey", properties: {}, pseudo, lookup: () => undefined });
  const apiKey: ApiKeyModel = {
    logicalId: ids.apiKey,
    id: key.physicalId,
    name: `${pseudo.stackName}-${ids.apiKey}`,
    value: localApiKeyValue(pseudo.stackName, ids.apiKey),
    // SAM creates its key with Enabled: true.
    enabled: true,
  };
  return planModel(ids.usagePlan, settings, [api.stageName], [apiKey], `${pseudo.stackName}-${ids.usagePlan}`);
}

function planModel(
  logicalId: string,
  properties: Record<string, unknown>,
  stages: string[],
  apiKeys: ApiKeyModel[],
  fallbackName: string,
): UsagePlanModel {
  const plan: UsagePlanModel = {
    logicalId,
    name: scalarToString(properties.UsagePlanName) ?? fallbackName,
    stages,
    apiKeys,
  };
  const throttle = throttleModel(properties.Throttle);
  if (throttle) plan.throttle = throttle;
  const quota = quotaModel(properties.Quota);
  if (quota) plan.quota = quota;
  return plan;
}

function apiKeyModel(key: ResolvedResource, stackName: string): ApiKeyModel {
  const p = key.properties;
  return {
    logicalId: key.logicalId,
    id: key.physicalId,
    name: scalarToString(p.Name) ?? `${stackName}-${key.logicalId}`,
    value: scalarToString(p.Value) ?? localApiKeyValue(stackName, key.logicalId),
    // CloudFormation's default for AWS::ApiGateway::ApiKey Enabled is false.
    enabled: p.Enabled === true || p.Enabled === "true",
  };
}

/** A missing limit takes the other's value: one number is enough to throttle. */
function throttleModel(raw: unknown): ThrottleModel | undefined {
  if (!isObject(raw)) return undefined;
  const rate = raw.RateLimit === undefined ? undefined : Number(raw.RateLimit);
  const burst = raw.BurstLimit === undefined ? undefined : Number(raw.BurstLimit);
  if (rate === undefined && burst === undefined) return undefined;
  return { rateLimit: rate ?? burst ?? 0, burstLimit: burst ?? Math.ceil(rate ?? 0) };
}

function quotaModel(raw: unknown): QuotaModel | undefined {
  if (!isObject(raw) || raw.Limit === undefined) return undefined;
  const period = raw.Period === "DAY" || raw.Period === "WEEK" || raw.Period === "MONTH" ? raw.Period : "DAY";
  return { limit: Number(raw.Limit), period, offset: Number(raw.Offset ?? 0) };
}
