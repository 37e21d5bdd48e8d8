import { defaultRetryOptions, isIdempotent, isRetryableStatus, normalizeRetryOptions } from "./retryOptions";

describe("retry options", () => {
  test("defaults: 3 attempts, 100 ms base, 20 s caps, idempotent methods only", () => {
    expect(defaultRetryOptions).toEqual({ maxAttempts: 3, baseDelay: 100, maxDelay: 20_000, maxRetryAfter: 20_000, retryNonIdempotent: false });
    expect(Object.isFrozen(defaultRetryOptions)).toBe(true);
  });

  test("later layers win and undefined leaves the value below", () => {
    expect(normalizeRetryOptions({ maxAttempts: 5 }, { maxAttempts: undefined, retryNonIdempotent: true })).toEqual({
      ...defaultRetryOptions,
      maxAttempts: 5,
      retryNonIdempotent: true,
    });
  });

  test("refuses fewer than one attempt", () => {
    expect(() => normalizeRetryOptions({ maxAttempts: 0 })).toThrow(RangeError);
  });

  test("retries 429 and every 5xx but 501", () => {
    expect([429, 500, 502, 503, 504, 599].every(isRetryableStatus)).toBe(true);
    expect([200, 400, 403, 404, 501].some(isRetryableStatus)).toBe(false);
  });

  test("GET, HEAD, PUT, DELETE and OPTIONS are idempotent; POST and PATCH are not", () => {
    expect(["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "get"].every(isIdempotent)).toBe(true);
    expect(["POST", "PATCH"].some(isIdempotent)).toBe(false);
  });
});
