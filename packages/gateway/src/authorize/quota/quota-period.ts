import type { QuotaModel } from "@apigw-playground/routes";

const DAY_MS = 86_400_000;

/**
 * When the quota period containing `time` began, in UTC as API Gateway counts: a DAY
 * starts at 00:00 UTC, a MONTH on its first day at 00:00 UTC. AWS does not document
 * which day a WEEK starts on; we use Monday 00:00 UTC (ISO 8601 weeks).
 */
export function quotaPeriodStart(time: number, period: QuotaModel["period"]): number {
  const date = new Date(time);
  const dayStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  switch (period) {
    case "DAY":
      return dayStart;
    case "WEEK":
      // getUTCDay: Sunday 0 … Saturday 6; days since Monday:
      return dayStart - ((date.getUTCDay() + 6) % 7) * DAY_MS;
    case "MONTH":
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  }
}
