import { pollUntil } from "./pollUntil";

describe("pollUntil", () => {
  it("stops at the first value that is done", async () => {
    const seen: number[] = [];
    const result = await pollUntil(
      async (attempt) => {
        seen.push(attempt);
        return attempt;
      },
      (value) => value === 3,
      { firstDelayMs: 1, maxDelayMs: 1 },
    );
    expect(result).toMatchObject({ value: 3, done: true, attempts: 3 });
    expect(seen).toEqual([1, 2, 3]);
  });

  it("gives up with the last value once the next wait would pass the time limit", async () => {
    const result = await pollUntil(async () => "RUNNING", () => false, { firstDelayMs: 5, factor: 2, maxDelayMs: 20, timeoutMs: 40 });
    expect(result.done).toBe(false);
    expect(result.value).toBe("RUNNING");
    // Waits of 5, 10, 20, 20 ms fit in 40 ms at most four times.
    expect(result.attempts).toBeGreaterThanOrEqual(2);
    expect(result.attempts).toBeLessThanOrEqual(4);
  });

  it("passes the attempt's failure on", async () => {
    await expect(pollUntil(async () => Promise.reject(new Error("gone")), () => true)).rejects.toThrow("gone");
  });
});
