/**
 * `$util.urlEncode`: Java's `URLEncoder.encode(s, "UTF-8")` (application/x-www-form-urlencoded).
 * Letters, digits and `. - * _` stay, space becomes `+`, everything else is `%XX` (upper-case) of its
 * UTF-8 bytes. Java encodes an unpaired surrogate as `?` (`%3F`).
 *
 * @example urlEncode("a b*~") // => "a+b*%7E"
 */
export function urlEncode(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (
      (ch >= 0x61 && ch <= 0x7a) ||
      (ch >= 0x41 && ch <= 0x5a) ||
      (ch >= 0x30 && ch <= 0x39) ||
      ch === 0x2e ||
      ch === 0x2d ||
      ch === 0x2a ||
      ch === 0x5f
    ) {
      out += s[i];
    } else if (ch === 0x20) out += "+";
    else {
      let cp = ch;
      if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < s.length) {
        const low = s.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = 0x10000 + ((ch - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0x3f;
      for (const byte of utf8(cp)) out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
    }
  }
  return out;
}

function utf8(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

/** Java's URLDecoder rejects what it cannot decode; the template then fails. */
export class UrlDecodeError extends Error {}

/**
 * `$util.urlDecode`: Java's `URLDecoder.decode(s, "UTF-8")`. `+` becomes space, runs of `%XX` are
 * decoded as UTF-8 (invalid sequences become U+FFFD).
 *
 * @throws UrlDecodeError for a `%` not followed by two hex digits, as Java throws IllegalArgumentException
 */
export function urlDecode(s: string): string {
  if (!s.includes("%") && !s.includes("+")) return s;
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "+") {
      out += " ";
      i++;
    } else if (c === "%") {
      const bytes: number[] = [];
      while (i < s.length && s[i] === "%") {
        const hex = s.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
          throw new UrlDecodeError(
            `URLDecoder: Illegal hex characters in escape (%) pattern at index ${i} of ${JSON.stringify(s)}`,
          );
        }
        bytes.push(Number.parseInt(hex, 16));
        i += 3;
      }
      out += Buffer.from(bytes).toString("utf8");
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
