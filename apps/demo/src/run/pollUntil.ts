/** How {@link pollUntil} spaces its attempts. Every default is in {@link DEFAULT_BACKOFF}. */
export interface Backoff {
  /** Wait before the second attempt, in ms. @default 200 */
  firstDelayMs: number;
  /** Each wait is the previous one times this. @default 1.5 */
  factor: number;
  /** No wait is longer than this, in ms. @default 2000 */
  maxDelayMs: number;
  /** Give up once this much time has passed since the first attempt, in ms. @default 30000 */
  timeoutMs: number;
}

/** The defaults of {@link Backoff}. */
export const DEFAULT_BACKOFF: Readonly<Backoff> = Object.freeze({ firstDelayMs: 200, factor: 1.5, maxDelayMs: 2000, timeoutMs: 30_000 });

/** The last value seen, and whether it was the one waited for. */
export interface PollResult<T> {
  value: T;
  done: boolean;
  attempts: number;
  elapsedMs: number;
}

/**
 * Calls `attempt` until `done(value)` holds or the time runs out, waiting a growing, bounded
 * delay in between. For remote state that nothing pushes: a Step Functions execution (the API
 * has no callback), a queue the rule delivers to.
 */
export async function pollUntil<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  done: (value: T) => boolean,
  backoff: Partial<Backoff> = {},
): Promise<PollResult<T>> {
  const { firstDelayMs, factor, maxDelayMs, timeoutMs } = { ...DEFAULT_BACKOFF, ...backoff };
  const started = performance.now();
  let delay = firstDelayMs;
  for (let attempts = 1; ; attempts++) {
    const value = await attempt(attempts);
    const elapsedMs = performance.now() - started;
    if (done(value)) return { value, done: true, attempts, elapsedMs };
    if (elapsedMs + delay > timeoutMs) return { value, done: false, attempts, elapsedMs };
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(maxDelayMs, delay * factor);
  }
}
