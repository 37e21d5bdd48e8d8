import type { ApiKeyModel, ApiModel, RouteModel, ThrottleModel, UsagePlanModel } from "@apigw-playground/routes";
import { headerValue, type RequestHeaders } from "../sigv4/canonical-headers";
import { QuotaCounter } from "../quota/quota-counter";
import { TokenBucket } from "../throttle/token-bucket";
import type { AuthorizeResult } from "../types";
import { invalidApiKey, quotaExceeded, throttled } from "./failures";

/** AWS's default account-level throttle per region: 10,000 requests per second, bursts of 5,000. */
export const ACCOUNT_DEFAULT_THROTTLE: Readonly<ThrottleModel> = Object.freeze({ rateLimit: 10_000, burstLimit: 5_000 });

/** Options of `createUsagePlanGate`. */
export interface UsagePlanGateOptions {
  /** The clock, in milliseconds. @default Date.now */
  now?: () => number;
  /**
   * A throttle over every request of the API, keyed or not (AWS's account-level limit;
   * pass `ACCOUNT_DEFAULT_THROTTLE` for AWS's defaults). @default undefined (no account throttle)
   */
  accountThrottle?: ThrottleModel;
}

/** The API key a request was let through with: feeds `$context.identity.apiKey` / `apiKeyId`. */
export interface ApiKeyUsage {
  apiKeyId?: string;
  apiKeyValue?: string;
  /** The name of the usage plan the key was metered against. */
  usagePlan?: string;
}

/** Where a request's API key comes from besides the `x-api-key` header. */
export interface ApiKeyContext {
  /** The Lambda authorizer's `usageIdentifierKey`, for an API whose key source is AUTHORIZER. */
  authorizerApiKey?: string;
}

export interface UsagePlanGate {
  /**
   * Lets a request through or refuses it, as API Gateway does before integration:
   * the account throttle for every request; for a route with `apiKeyRequired`, an
   * enabled key of a usage plan covering this stage, then the plan's throttle (per key),
   * then its quota (per key). Each allowed request counts.
   */
  check(route: RouteModel, headers: RequestHeaders, context?: ApiKeyContext): AuthorizeResult<ApiKeyUsage>;
}

interface KeyMeter {
  key: ApiKeyModel;
  plan: UsagePlanModel;
  bucket?: TokenBucket;
  quota?: QuotaCounter;
}

/**
 * API keys, usage plans and throttling for one API stage.
 *
 * @example
 * const gate = createUsagePlanGate(api);
 * const usage = gate.check(route, request.headers);
 * if (!usage.ok) return respondWithFailure(usage.failure);
 */
export function createUsagePlanGate(api: ApiModel, options: UsagePlanGateOptions = {}): UsagePlanGate {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const accountBucket = options.accountThrottle
    ? new TokenBucket(options.accountThrottle.rateLimit, options.accountThrottle.burstLimit, startedAt)
    : undefined;
  const meters = metersByKeyValue(api, startedAt);

  return {
    check(route, headers, context = {}) {
      const time = now();
      if (accountBucket && !accountBucket.tryTake(time)) return { ok: false, failure: throttled() };
      if (!route.auth.apiKeyRequired) return { ok: true, value: {} };

      const value = api.apiKeySource === "AUTHORIZER" ? context.authorizerApiKey : headerValue(headers, "x-api-key");
      const meter = value === undefined ? undefined : meters.get(value);
      if (meter === undefined) return { ok: false, failure: invalidApiKey() };
      if (meter.bucket && !meter.bucket.tryTake(time)) return { ok: false, failure: throttled() };
      if (meter.quota && !meter.quota.tryConsume(time)) return { ok: false, failure: quotaExceeded() };
      return { ok: true, value: { apiKeyId: meter.key.id, apiKeyValue: meter.key.value, usagePlan: meter.plan.name } };
    },
  };
}

/**
 * The enabled keys of the plans covering this API's stage. API Gateway refuses to put a
 * key in two plans for one stage, so the first plan listing a key is the one.
 */
function metersByKeyValue(api: ApiModel, startedAt: number): Map<string, KeyMeter> {
  const meters = new Map<string, KeyMeter>();
  for (const plan of api.usagePlans) {
    if (!plan.stages.includes(api.stageName)) continue;
    for (const key of plan.apiKeys) {
      if (!key.enabled || meters.has(key.value)) continue;
      const meter: KeyMeter = { key, plan };
      // Plan throttles and quotas apply to each key separately.
      if (plan.throttle) meter.bucket = new TokenBucket(plan.throttle.rateLimit, plan.throttle.burstLimit, startedAt);
      if (plan.quota) meter.quota = new QuotaCounter(plan.quota, startedAt);
      meters.set(key.value, meter);
    }
  }
  return meters;
}
