/**
 * `$util.escapeJavaScript`: Apache Commons Lang 2.x `StringEscapeUtils.escapeJavaScript`, which API
 * Gateway uses. Escapes `'` `"` `\` `/` with a backslash; `\b \f \n \r \t`; other characters below
 * U+0020 and every UTF-16 unit above U+007F as upper-case `\uXXXX` (so an emoji becomes its two
 * surrogate escapes). U+007F itself is left as is.
 *
 * The `\'` it produces is not valid JSON; templates undo it with `.replaceAll("\\'","'")`.
 *
 * @example escapeJavaScript(`it's "é"`) // => `it\'s \"\u00E9\"`
 */
export function escapeJavaScript(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    let escaped: string;
    if (ch > 0x7f) escaped = "\\u" + ch.toString(16).toUpperCase().padStart(4, "0");
    else if (ch < 0x20) escaped = CONTROL_ESCAPES[ch] ?? "\\u" + ch.toString(16).toUpperCase().padStart(4, "0");
    else if (ch === 0x27 || ch === 0x22 || ch === 0x5c || ch === 0x2f) escaped = "\\" + s[i];
    else continue;
    out += s.slice(from, i) + escaped;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const CONTROL_ESCAPES: Record<number, string> = { 8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r" };
