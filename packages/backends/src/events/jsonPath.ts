/**
 * Reads a simple JSONPath (`$`, `$.detail`, `$.detail.items[0].sku`, `$['detail-type']`) as
 * EventBridge's InputPath and InputPathsMap use it. Returns undefined for a path that selects nothing.
 */
export function readJsonPath(document: unknown, path: string): unknown {
  if (!path.startsWith("$")) return undefined;
  const steps = [...path.slice(1).matchAll(/\.([^.[\]]+)|\[(\d+)\]|\['([^']+)'\]|\["([^"]+)"\]/g)];
  const consumed = steps.reduce((length, step) => length + step[0].length, 0);
  if (consumed !== path.length - 1) return undefined;
  let current: unknown = document;
  for (const step of steps) {
    const key = step[1] ?? step[3] ?? step[4];
    if (key !== undefined) {
      if (typeof current !== "object" || current === null || Array.isArray(current)) return undefined;
      current = (current as Record<string, unknown>)[key];
    } else {
      if (!Array.isArray(current)) return undefined;
      current = current[Number(step[2])];
    }
    if (current === undefined) return undefined;
  }
  return current;
}
