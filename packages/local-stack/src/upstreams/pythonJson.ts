/**
 * Python's `json.dumps` with its defaults, for the values the private service sends (objects,
 * strings): `", "` and `": "` separators, and `ensure_ascii` — every character outside printable
 * ASCII (space to `~`) escaped as `\uXXXX` (astral characters as surrogate pairs), with the short
 * escapes `\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`.
 */
export function pythonJsonDumps(value: unknown): string {
  if (typeof value === "string") return pythonString(value);
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(", ")}]`;
  if (typeof value === "object") {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([key, member]) => `${pythonString(key)}: ${pythonJsonDumps(member)}`)
      .join(", ")}}`;
  }
  throw new TypeError(`Object of type ${typeof value} is not JSON serializable`);
}

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

function pythonString(text: string): string {
  // UTF-16 code units are exactly what ensure_ascii writes: one \uXXXX per unit.
  return `"${text.replace(/["\\]|[^ -~]/g, (unit) => SHORT_ESCAPES[unit] ?? `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}
