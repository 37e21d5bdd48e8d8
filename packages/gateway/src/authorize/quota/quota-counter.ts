import type { QuotaModel } from "@apigw-playground/routes";
import { quotaPeriodStart } from "./quota-period";

/**
 * Counts one API key's requests against a usage plan quota: at most `limit` per
 * period, the count starting over at each period boundary. `offset` is, as in API
 * Gateway's QuotaSettings, the number of requests subtracted from the limit in the
 * initial period (the one the plan started in), not a time shift.
 */
export class QuotaCounter {
  readonly #quota: QuotaModel;
  readonly #initialPeriod: number;
  #period: number;
  #used = 0;

  /**
   * @param quota the plan's quota.
   * @param startedAt when the plan came into force (milliseconds): its period is the initial one.
   */
  constructor(quota: QuotaModel, startedAt: number) {
    this.#quota = quota;
    this.#initialPeriod = quotaPeriodStart(startedAt, quota.period);
    this.#period = this.#initialPeriod;
  }

  /** Counts a request at `now` (milliseconds) if the quota allows it; false means the limit is exceeded. */
  tryConsume(now: number): boolean {
    const period = quotaPeriodStart(now, this.#quota.period);
    if (period !== this.#period) {
      this.#period = period;
      this.#used = 0;
    }
    const offset = period === this.#initialPeriod ? this.#quota.offset : 0;
    if (this.#used >= this.#quota.limit - offset) return false;
    this.#used += 1;
    return true;
  }
}
