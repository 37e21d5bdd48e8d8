import type { ApiKeyModel, ApiModel, RouteModel, UsagePlanModel } from "@apigw-playground/routes";
import { apiModel, routeModel } from "@apigw-playground/routes/testing";
import { ACCOUNT_DEFAULT_THROTTLE, createUsagePlanGate } from "./usage-plan-gate";

const FORBIDDEN = { responseType: "INVALID_API_KEY", statusCode: 403, errorType: "ForbiddenException", message: "Forbidden" };
const THROTTLED = { responseType: "THROTTLED", statusCode: 429, errorType: "TooManyRequestsException", message: "Too Many Requests" };
const QUOTA = { responseType: "QUOTA_EXCEEDED", statusCode: 429, errorType: "LimitExceededException", message: "Limit Exceeded" };

function key(name: string, enabled = true): ApiKeyModel {
  return { logicalId: name, id: `id-${name}`, name, value: `value-${name}-0123456789`, enabled };
}

function plan(name: string, keys: ApiKeyModel[], extra: Partial<UsagePlanModel> = {}): UsagePlanModel {
  return { logicalId: name, name, stages: ["v1"], apiKeys: keys, ...extra };
}

function api(usagePlans: UsagePlanModel[], extra: Partial<ApiModel> = {}): ApiModel {
  return apiModel({ usagePlans, ...extra });
}

function route(apiKeyRequired: boolean): RouteModel {
  return routeModel({ path: "/items/{id}", auth: { type: "NONE", apiKeyRequired } });
}

/** A clock the test moves by hand. */
function fakeClock(start: string) {
  let time = Date.parse(start);
  return {
    now: () => time,
    set(iso: string) {
      time = Date.parse(iso);
    },
    advance(ms: number) {
      time += ms;
    },
  };
}

const gold = key("gold");
const keyed = route(true);

describe("createUsagePlanGate", () => {
  test("lets a route that needs no key through without looking at keys", () => {
    const gate = createUsagePlanGate(api([]));
    expect(gate.check(route(false), {})).toEqual({ ok: true, value: {} });
  });

  test("accepts an enabled key of a plan covering the stage and names key and plan", () => {
    const gate = createUsagePlanGate(api([plan("Gold", [gold])]));
    expect(gate.check(keyed, { "x-api-key": gold.value })).toEqual({
      ok: true,
      value: { apiKeyId: "id-gold", apiKeyValue: gold.value, usagePlan: "Gold" },
    });
  });

  test.each([
    ["a missing key", {}],
    ["an unknown key", { "x-api-key": "not-a-key" }],
    ["an empty key", { "x-api-key": "" }],
  ])("refuses %s with Forbidden", (_name, headers) => {
    const gate = createUsagePlanGate(api([plan("Gold", [gold])]));
    expect(gate.check(keyed, headers)).toEqual({ ok: false, failure: FORBIDDEN });
  });

  test("refuses a disabled key", () => {
    const disabled = key("off", false);
    const gate = createUsagePlanGate(api([plan("Gold", [disabled])]));
    expect(gate.check(keyed, { "x-api-key": disabled.value })).toEqual({ ok: false, failure: FORBIDDEN });
  });

  test("refuses a key whose plan covers another stage only", () => {
    const gate = createUsagePlanGate(api([plan("Gold", [gold], { stages: ["prod"] })]));
    expect(gate.check(keyed, { "x-api-key": gold.value })).toEqual({ ok: false, failure: FORBIDDEN });
  });

  test("refuses a key of another API's plan (not among this API's plans)", () => {
    const gate = createUsagePlanGate(api([plan("Silver", [key("silver")])]));
    expect(gate.check(keyed, { "x-api-key": gold.value })).toEqual({ ok: false, failure: FORBIDDEN });
  });

  test("reads the key from the authorizer when the key source is AUTHORIZER", () => {
    const gate = createUsagePlanGate(api([plan("Gold", [gold])], { apiKeySource: "AUTHORIZER" }));
    expect(gate.check(keyed, { "x-api-key": gold.value }).ok).toBe(false);
    expect(gate.check(keyed, {}, { authorizerApiKey: gold.value }).ok).toBe(true);
  });

  test("throttles a key past its burst, then lets it through as tokens refill", () => {
    const clock = fakeClock("2024-05-01T10:00:00Z");
    const gate = createUsagePlanGate(api([plan("Gold", [gold], { throttle: { rateLimit: 2, burstLimit: 3 } })]), clock);
    const call = () => gate.check(keyed, { "x-api-key": gold.value });
    expect([call(), call(), call()].every((result) => result.ok)).toBe(true);
    expect(call()).toEqual({ ok: false, failure: THROTTLED });
    clock.advance(499);
    expect(call()).toEqual({ ok: false, failure: THROTTLED });
    clock.advance(1);
    expect(call().ok).toBe(true);
    expect(call()).toEqual({ ok: false, failure: THROTTLED });
  });

  test("throttles each key of a plan separately", () => {
    const silver = key("silver");
    const clock = fakeClock("2024-05-01T10:00:00Z");
    const gate = createUsagePlanGate(api([plan("Gold", [gold, silver], { throttle: { rateLimit: 1, burstLimit: 1 } })]), clock);
    expect(gate.check(keyed, { "x-api-key": gold.value }).ok).toBe(true);
    expect(gate.check(keyed, { "x-api-key": gold.value }).ok).toBe(false);
    expect(gate.check(keyed, { "x-api-key": silver.value }).ok).toBe(true);
  });

  test("enforces the quota per period and resets it at the UTC period boundary", () => {
    const clock = fakeClock("2024-05-01T23:59:58Z");
    const gate = createUsagePlanGate(api([plan("Gold", [gold], { quota: { limit: 2, period: "DAY", offset: 0 } })]), clock);
    const call = () => gate.check(keyed, { "x-api-key": gold.value });
    expect(call().ok).toBe(true);
    expect(call().ok).toBe(true);
    expect(call()).toEqual({ ok: false, failure: QUOTA });
    clock.set("2024-05-01T23:59:59.999Z");
    expect(call()).toEqual({ ok: false, failure: QUOTA });
    clock.set("2024-05-02T00:00:00Z");
    expect(call().ok).toBe(true);
  });

  test("does not count throttled requests against the quota", () => {
    const clock = fakeClock("2024-05-01T10:00:00Z");
    const gate = createUsagePlanGate(
      api([plan("Gold", [gold], { throttle: { rateLimit: 1, burstLimit: 1 }, quota: { limit: 2, period: "MONTH", offset: 0 } })]),
      clock,
    );
    const call = () => gate.check(keyed, { "x-api-key": gold.value });
    expect(call().ok).toBe(true);
    expect(call()).toEqual({ ok: false, failure: THROTTLED });
    clock.advance(1000);
    expect(call().ok).toBe(true);
    clock.advance(1000);
    expect(call()).toEqual({ ok: false, failure: QUOTA });
  });

  test("applies an account throttle to every request, keyed or not", () => {
    const clock = fakeClock("2024-05-01T10:00:00Z");
    const gate = createUsagePlanGate(api([plan("Gold", [gold])]), { ...clock, accountThrottle: { rateLimit: 1, burstLimit: 2 } });
    expect(gate.check(route(false), {}).ok).toBe(true);
    expect(gate.check(keyed, { "x-api-key": gold.value }).ok).toBe(true);
    expect(gate.check(route(false), {})).toEqual({ ok: false, failure: THROTTLED });
  });

  test("with AWS's account defaults, allows a burst of 5000 requests at one instant, then throttles", () => {
    const clock = fakeClock("2024-05-01T10:00:00Z");
    const gate = createUsagePlanGate(api([]), { ...clock, accountThrottle: ACCOUNT_DEFAULT_THROTTLE });
    let allowed = 0;
    while (gate.check(route(false), {}).ok) allowed++;
    expect(allowed).toBe(5000);
    clock.advance(1);
    // 10,000 per second refill 10 tokens per millisecond.
    expect(Array.from({ length: 11 }, () => gate.check(route(false), {}).ok).filter(Boolean)).toHaveLength(10);
  });
});
