import { formatAmzDate, formatSkew, parseAmzDate, parseHttpDate } from "./request-date";

describe("request dates", () => {
  test("parses ISO 8601 basic format", () => {
    expect(parseAmzDate("20150830T123600Z")).toBe(Date.UTC(2015, 7, 30, 12, 36, 0));
  });

  test.each(["2015-08-30T12:36:00Z", "20150830T123600", "20150830", "20150231T000000Z", "20151330T000000Z", "20150830T240000Z", "20150830T126000Z", "20150830T123660Z", "20150800T000000Z", ""])(
    "refuses %j",
    (value) => {
      expect(parseAmzDate(value)).toBeUndefined();
    },
  );

  test("parses an HTTP date", () => {
    expect(parseHttpDate("Sun, 30 Aug 2015 12:36:00 GMT")).toBe(Date.UTC(2015, 7, 30, 12, 36, 0));
    expect(parseHttpDate("yesterday")).toBeUndefined();
  });

  test("formats a time at second precision", () => {
    expect(formatAmzDate(Date.UTC(2015, 7, 30, 12, 36, 0, 999))).toBe("20150830T123600Z");
  });

  test("words skews in minutes when whole, else seconds", () => {
    expect(formatSkew(300_000)).toBe("5 min");
    expect(formatSkew(90_000)).toBe("90 sec");
  });
});
