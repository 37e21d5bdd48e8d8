import { QuotaCounter } from "./quota-counter";

const at = (iso: string) => Date.parse(iso);

describe("QuotaCounter", () => {
  test("allows the limit per period and starts over at the boundary", () => {
    const counter = new QuotaCounter({ limit: 2, period: "DAY", offset: 0 }, at("2024-05-01T08:00:00Z"));
    expect(counter.tryConsume(at("2024-05-01T09:00:00Z"))).toBe(true);
    expect(counter.tryConsume(at("2024-05-01T10:00:00Z"))).toBe(true);
    expect(counter.tryConsume(at("2024-05-01T23:59:59.999Z"))).toBe(false);
    expect(counter.tryConsume(at("2024-05-02T00:00:00Z"))).toBe(true);
  });

  test("subtracts the offset from the limit in the initial period only", () => {
    const counter = new QuotaCounter({ limit: 3, period: "MONTH", offset: 2 }, at("2024-05-20T00:00:00Z"));
    expect(counter.tryConsume(at("2024-05-21T00:00:00Z"))).toBe(true);
    expect(counter.tryConsume(at("2024-05-22T00:00:00Z"))).toBe(false);
    expect([1, 2, 3, 4].map(() => counter.tryConsume(at("2024-06-01T00:00:00Z")))).toEqual([true, true, true, false]);
  });
});
