/** How the client retries. Every default lives in `defaultRetryOptions`. */
export interface RetryOptions {
  /**
   * Attempts in all, the first one included; 1 turns retries off.
   * @default 3
   */
  maxAttempts: number;
  /**
   * Base of the exponential backoff, in ms: retry n (from 0) waits a random time in
   * [0, min(maxDelay, baseDelay * 2^n)] ("full jitter").
   * @default 100
   */
  baseDelay: number;
  /**
   * Upper bound of one backoff wait, in ms.
   * @default 20_000
   */
  maxDelay: number;
  /**
   * Longest `Retry-After` the client waits for, in ms; a longer one ends the retries
   * and the response is reported as is.
   * @default 20_000
   */
  maxRetryAfter: number;
  /**
   * Also retry POST and PATCH, which may have taken effect before the failure. A failed
   * connection (nothing sent) is retried for every method regardless.
   * @default false
   */
  retryNonIdempotent: boolean;
}

/** The retry defaults, in one place. */
export const defaultRetryOptions: Readonly<RetryOptions> = Object.freeze({
  maxAttempts: 3,
  baseDelay: 100,
  maxDelay: 20_000,
  maxRetryAfter: 20_000,
  retryNonIdempotent: false,
});

/** Methods whose repetition has the effect of one call (RFC 9110 9.2.2). */
const idempotentMethods = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

export function isIdempotent(method: string): boolean {
  return idempotentMethods.has(method.toUpperCase());
}

/**
 * Statuses worth another attempt: 429 (throttled) and 5xx, except 501 (Not Implemented
 * will not change on a second try).
 */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/** Merge partial options over the defaults once, checking them. */
export function normalizeRetryOptions(...layers: Array<Partial<RetryOptions> | undefined>): RetryOptions {
  const merged: RetryOptions = { ...defaultRetryOptions };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer) as Array<[keyof RetryOptions, unknown]>) {
      if (value !== undefined) Object.assign(merged, { [key]: value });
    }
  }
  if (!Number.isInteger(merged.maxAttempts) || merged.maxAttempts < 1) {
    throw new RangeError(`retry.maxAttempts must be an integer >= 1, got ${merged.maxAttempts}`);
  }
  return merged;
}
