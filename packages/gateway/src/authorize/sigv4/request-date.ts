const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** Milliseconds since the epoch for an ISO 8601 basic UTC timestamp (`20150830T123600Z`), or undefined. */
export function parseAmzDate(value: string): number | undefined {
  const match = AMZ_DATE.exec(value);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 20150231 over to March; such a date is not a date. (Checked without
  // formatting the time back: this runs on every signed request.)
  return new Date(time).getUTCDate() === day ? time : undefined;
}

/** Milliseconds since the epoch for an HTTP `Date` header (`Sun, 30 Aug 2015 12:36:00 GMT`), or undefined. */
export function parseHttpDate(value: string): number | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/** `20150830T123600Z` for a time (seconds precision). */
export function formatAmzDate(time: number): string {
  return new Date(time).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}

/** How AWS words a skew: `5 min` when whole minutes, else seconds. */
export function formatSkew(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} sec`;
}
