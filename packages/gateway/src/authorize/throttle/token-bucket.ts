/**
 * A token bucket, the algorithm API Gateway throttles with: `burstLimit` tokens at
 * most, refilled at `rateLimit` tokens per second; each request takes one token or is
 * throttled. The bucket starts full. Time is passed in, so tests need no sleeps.
 */
export class TokenBucket {
  readonly #rate: number;
  readonly #capacity: number;
  #tokens: number;
  #updatedAt: number;

  /**
   * @param rateLimit steady-state requests per second (may be fractional).
   * @param burstLimit bucket capacity: requests allowed at once.
   * @param now the current time in milliseconds.
   */
  constructor(rateLimit: number, burstLimit: number, now: number) {
    this.#rate = Math.max(0, rateLimit);
    this.#capacity = Math.max(0, burstLimit);
    this.#tokens = this.#capacity;
    this.#updatedAt = now;
  }

  /** Takes a token if one is left at `now` (milliseconds); false means throttle. */
  tryTake(now: number): boolean {
    if (now > this.#updatedAt) {
      this.#tokens = Math.min(this.#capacity, this.#tokens + ((now - this.#updatedAt) / 1000) * this.#rate);
      this.#updatedAt = now;
    }
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
