import { TokenBucket } from "./token-bucket";

describe("TokenBucket", () => {
  test("allows a burst up to its capacity, then throttles", () => {
    const bucket = new TokenBucket(1, 3, 0);
    expect([1, 2, 3, 4].map(() => bucket.tryTake(0))).toEqual([true, true, true, false]);
  });

  test("refills at the rate, never beyond capacity", () => {
    const bucket = new TokenBucket(2, 2, 0);
    bucket.tryTake(0);
    bucket.tryTake(0);
    expect(bucket.tryTake(499)).toBe(false);
    expect(bucket.tryTake(500)).toBe(true);
    expect(bucket.tryTake(500)).toBe(false);
    // An hour idle refills to the capacity (2), not 7200.
    expect([1, 2, 3].map(() => bucket.tryTake(3_600_500))).toEqual([true, true, false]);
  });

  test("supports fractional rates", () => {
    const bucket = new TokenBucket(0.5, 1, 0);
    expect(bucket.tryTake(0)).toBe(true);
    expect(bucket.tryTake(1999)).toBe(false);
    expect(bucket.tryTake(2000)).toBe(true);
  });

  test("throttles everything when the burst limit is zero", () => {
    const bucket = new TokenBucket(100, 0, 0);
    expect(bucket.tryTake(10_000)).toBe(false);
  });

  test("ignores a clock that goes backwards", () => {
    const bucket = new TokenBucket(1, 1, 1000);
    expect(bucket.tryTake(1000)).toBe(true);
    expect(bucket.tryTake(0)).toBe(false);
    expect(bucket.tryTake(2000)).toBe(true);
  });
});
