import { backoffDelay, parseRetryAfter } from "./backoff";

const options = { baseDelay: 100, maxDelay: 1_000 };

describe("backoffDelay (full jitter)", () => {
  test("draws from [0, base * 2^retry)", () => {
    expect(backoffDelay(0, options, () => 0)).toBe(0);
    expect(backoffDelay(0, options, () => 0.5)).toBe(50);
    expect(backoffDelay(2, options, () => 0.5)).toBe(200);
    expect(backoffDelay(3, options, () => 0.999)).toBe(799);
  });

  test("never exceeds maxDelay however many retries", () => {
    expect(backoffDelay(10, options, () => 0.999)).toBe(999);
    expect(backoffDelay(60, options, () => 0.999)).toBe(999);
  });

  test("stays within the bounds with the real random source", () => {
    for (let retry = 0; retry < 8; retry++) {
      const delay = backoffDelay(retry, options);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(Math.min(options.maxDelay, options.baseDelay * 2 ** retry));
    }
  });
});

describe("parseRetryAfter", () => {
  test("reads delta-seconds", () => {
    expect(parseRetryAfter("0")).toBe(0);
    expect(parseRetryAfter(" 3 ")).toBe(3000);
  });

  test("reads an HTTP date relative to now, never negative", () => {
    const now = Date.parse("Wed, 21 Oct 2015 07:28:00 GMT");
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now)).toBe(0);
  });

  test("ignores absent or unreadable values", () => {
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter("-1")).toBeUndefined();
  });
});
