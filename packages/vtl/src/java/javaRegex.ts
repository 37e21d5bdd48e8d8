/** A Java regular expression (or replacement) that cannot be used. Java throws PatternSyntaxException. */
export class JavaRegexError extends Error {}

const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 500;

/**
 * Compiles a java.util.regex pattern to a global JavaScript RegExp. The common syntax is shared;
 * Java-only forms are translated: `\Q...\E` quoting, `\A` / `\z` / `\Z` anchors, leading inline
 * flags (`(?i)`, `(?s)`, `(?m)`), possessive quantifiers and atomic groups (read as greedy / plain
 * groups, which match the same strings in all but pathological cases).
 *
 * @throws JavaRegexError when the pattern does not compile
 */
export function javaRegex(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re === undefined) {
    re = compile(pattern);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(pattern, re);
  }
  re.lastIndex = 0;
  return re;
}

function compile(pattern: string): RegExp {
  let source = pattern;
  let flags = "g";
  const inline = /^\(\?([imsx]+)\)/.exec(source);
  if (inline !== null) {
    source = source.slice(inline[0].length);
    for (const f of inline[1] ?? "") if (f !== "x" && !flags.includes(f)) flags += f;
  }
  source = source
    .replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, literal: string) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"))
    .replace(/\\A/g, "^")
    .replace(/\\[zZ]/g, "$")
    .replace(/\(\?>/g, "(?:")
    .replace(/([*+?}])\+/g, "$1");
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new JavaRegexError(`Invalid regular expression ${JSON.stringify(pattern)}: ${(e as Error).message}`);
  }
}

/**
 * Applies a Java replacement string (`$1`, `${name}`, `\$` for a literal dollar, `\\` for a
 * backslash) to one match, as Matcher.appendReplacement does.
 *
 * @throws JavaRegexError for `$` not followed by a group reference ("Illegal group reference")
 */
export function javaReplacement(replacement: string, match: RegExpExecArray): string {
  if (!replacement.includes("$") && !replacement.includes("\\")) return replacement;
  let out = "";
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === "\\") {
      i++;
      if (i >= replacement.length) throw new JavaRegexError("character to be escaped is missing");
      out += replacement[i];
    } else if (c === "$") {
      i++;
      if (replacement[i] === "{") {
        const close = replacement.indexOf("}", i);
        const name = replacement.slice(i + 1, close);
        if (close < 0 || match.groups === undefined || !(name in match.groups)) {
          throw new JavaRegexError(`No group with name {${name}}`);
        }
        out += match.groups[name] ?? "";
        i = close;
      } else {
        const digits = /^[0-9]+/.exec(replacement.slice(i));
        if (digits === null) throw new JavaRegexError("Illegal group reference");
        // Java takes the longest run of digits that still names an existing group.
        let n = Number(digits[0][0]);
        let used = 1;
        for (let k = 2; k <= digits[0].length; k++) {
          const candidate = Number(digits[0].slice(0, k));
          if (candidate >= match.length) break;
          n = candidate;
          used = k;
        }
        if (n >= match.length) throw new JavaRegexError(`No group ${n}`);
        out += match[n] ?? "";
        i += used - 1;
      }
    } else out += c;
  }
  return out;
}

/** String.replaceAll / replaceFirst with Java regex and replacement semantics. */
export function javaReplace(s: string, pattern: string, replacement: string, all: boolean): string {
  const re = javaRegex(pattern);
  let out = "";
  let last = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out += s.slice(last, m.index) + javaReplacement(replacement, m);
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
    if (!all) break;
  }
  return out + s.slice(last);
}

/** String.matches: the whole string must match. */
export function javaMatches(s: string, pattern: string): boolean {
  const re = javaRegex(pattern);
  const m = re.exec(s);
  if (m !== null && m.index === 0 && m[0].length === s.length) return true;
  // The first match may be shorter than the whole string although another alignment covers it.
  return new RegExp(`^(?:${re.source})$`, re.flags.replace("g", "")).test(s);
}

/**
 * String.split(regex, limit): capture groups are not returned (unlike JavaScript), a zero-width match
 * at the start adds no leading empty string, and with limit 0 trailing empty strings are removed.
 */
export function javaSplit(s: string, pattern: string, limit = 0): string[] {
  if (s.length === 0) return [""];
  const re = javaRegex(pattern);
  const parts: string[] = [];
  let last = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (limit > 0 && parts.length === limit - 1) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      if (m.index === 0 || m.index >= s.length) continue;
    }
    parts.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(s.slice(last));
  if (limit === 0) while (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  // Java returns one empty string for an input that is all separators... only when nothing else remains.
  if (limit === 0 && parts.length === 1 && parts[0] === "" && s.length > 0) return [];
  return parts;
}
