/**
 * Strings that break naive mapping templates: quotes and backslashes (JSON), newlines and tabs,
 * non-ASCII and astral characters (escapeJavaScript writes \uXXXX pairs), VTL's `$` and `#`, a
 * closing `"}` that would end a hand-built JSON string early, and XML/form metacharacters.
 */
export const ADVERSARIAL = [
  'a "quoted" word, a back\\slash and a closing "} brace',
  "line one\nline two\r\nand\ta tab",
  "unicode: ü ß 日本語 😀 \u2028 end",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${x} is the point (VTL formal reference, !Sub placeholder).
  "vtl: $util.urlEncode('x') $input.path('$') ${x} #set($a = 1) ## not a comment",
  "single ' quote, \\' escaped quote, and \\\\ two backslashes",
  'json-ish {"a": [1, 2]} </xml> &amp; & = + %20 ?q=1#frag',
] as const;

/** All of them in one string (for fields that take one value). */
export const ADVERSARIAL_ALL = ADVERSARIAL.join(" | ");

/** The first `count` characters (code points, so no surrogate pair is cut) of {@link ADVERSARIAL_ALL}. */
export function adversarialPrefix(count: number): string {
  return [...ADVERSARIAL_ALL].slice(0, count).join("");
}
