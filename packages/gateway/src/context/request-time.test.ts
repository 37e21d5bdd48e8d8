import { formatRequestTime } from "./request-time";

describe("formatRequestTime", () => {
  it("formats $context.requestTime as CLF in UTC", () => {
    expect(formatRequestTime(new Date(Date.UTC(2015, 3, 9, 2, 4, 5)))).toBe("09/Apr/2015:02:04:05 +0000");
    expect(formatRequestTime(new Date(Date.UTC(2024, 11, 31, 23, 59, 59)))).toBe("31/Dec/2024:23:59:59 +0000");
  });
});
