import { quotaPeriodStart } from "./quota-period";

const at = (iso: string) => Date.parse(iso);

describe("quotaPeriodStart", () => {
  test("starts a DAY at 00:00 UTC", () => {
    expect(quotaPeriodStart(at("2024-05-01T23:59:59.999Z"), "DAY")).toBe(at("2024-05-01T00:00:00Z"));
    expect(quotaPeriodStart(at("2024-05-02T00:00:00Z"), "DAY")).toBe(at("2024-05-02T00:00:00Z"));
  });

  test("starts a WEEK on Monday 00:00 UTC", () => {
    // 2024-05-05 is a Sunday, 2024-05-06 a Monday.
    expect(quotaPeriodStart(at("2024-05-05T23:00:00Z"), "WEEK")).toBe(at("2024-04-29T00:00:00Z"));
    expect(quotaPeriodStart(at("2024-05-06T00:00:00Z"), "WEEK")).toBe(at("2024-05-06T00:00:00Z"));
    expect(quotaPeriodStart(at("2024-05-08T12:00:00Z"), "WEEK")).toBe(at("2024-05-06T00:00:00Z"));
  });

  test("starts a MONTH on its first day at 00:00 UTC", () => {
    expect(quotaPeriodStart(at("2024-02-29T22:00:00Z"), "MONTH")).toBe(at("2024-02-01T00:00:00Z"));
    expect(quotaPeriodStart(at("2024-03-01T00:00:00Z"), "MONTH")).toBe(at("2024-03-01T00:00:00Z"));
  });
});
