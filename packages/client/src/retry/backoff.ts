import type { RetryOptions } from "./retryOptions";

/**
 * Full-jitter exponential backoff: a uniform wait in [0, min(maxDelay, baseDelay * 2^retry)],
 * `retry` counting from 0 (AWS Architecture Blog, "Exponential Backoff And Jitter").
 */
export function backoffDelay(
  retry: number,
  options: Pick<RetryOptions, "baseDelay" | "maxDelay">,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelay, options.baseDelay * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/**
 * The wait a `Retry-After` header asks for, in ms: delta-seconds or an HTTP date
 * (RFC 9110 10.2.3). Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its day and month ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse
  // alone would also take "-1" as a year.
  if (!/[A-Za-z]{3}/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
