/** The flat key/value parameters of a Query-protocol request (URL query and form body merged). */
export type QueryParams = Readonly<Record<string, string>>;

/** Merges the URL query string and an `application/x-www-form-urlencoded` body; body values win. */
export function parseQueryParams(query: URLSearchParams, body: string): QueryParams {
  const params: Record<string, string> = {};
  for (const [key, value] of query) params[key] = value;
  for (const [key, value] of new URLSearchParams(body)) params[key] = value;
  return params;
}

/**
 * Reads a Query-protocol list such as `MessageAttributes.entry.N.Name` or `Attributes.entry.N.key`:
 * every `prefix.N.rest` parameter, grouped by N (1-based, in numeric order), keyed by `rest`.
 */
export function readIndexedList(params: QueryParams, prefix: string): Record<string, string>[] {
  const groups = new Map<number, Record<string, string>>();
  const head = `${prefix}.`;
  for (const [key, value] of Object.entries(params)) {
    if (!key.startsWith(head)) continue;
    const rest = key.slice(head.length);
    const dot = rest.indexOf(".");
    const index = Number(dot === -1 ? rest : rest.slice(0, dot));
    if (!Number.isInteger(index) || index < 1) continue;
    const group = groups.get(index) ?? {};
    group[dot === -1 ? "" : rest.slice(dot + 1)] = value;
    groups.set(index, group);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

/** Reads `prefix.entry.N.key` / `prefix.entry.N.value` pairs into a map (CreateTopic/Subscribe `Attributes`). */
export function readEntryMap(params: QueryParams, prefix: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of readIndexedList(params, `${prefix}.entry`)) {
    if (entry.key !== undefined) map[entry.key] = entry.value ?? "";
  }
  return map;
}
