const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

let cachedSecond = Number.NaN;
let cachedRequestTime = "";
let cachedHttpDate = "";

/** `$context.requestTime`: CLF format, `dd/MMM/yyyy:HH:mm:ss +0000` (always UTC). */
export function formatRequestTime(date: Date): string {
  cache(date);
  return cachedRequestTime;
}

/** The `Date` header value (RFC 7231 IMF-fixdate). */
export function formatHttpDate(date: Date): string {
  cache(date);
  return cachedHttpDate;
}

// Both strings change once a second; formatting them for every request is wasted work.
function cache(date: Date): void {
  const second = Math.floor(date.getTime() / 1000);
  if (second === cachedSecond) return;
  cachedSecond = second;
  cachedRequestTime = clf(date);
  cachedHttpDate = date.toUTCString();
}

function clf(date: Date): string {
  return (
    `${two(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}
