/** A `{name}` or `{name+}` placeholder of an OpenAPI path, in path order. */
export interface PathPlaceholder {
  name: string;
  /** `{name+}`: API Gateway's greedy parameter, which may hold `/`. */
  greedy: boolean;
}

/**
 * The placeholders of a path, in the order they appear: the runtime fills them from these,
 * so one written in the path but not declared as a parameter is still asked for.
 */
export function pathPlaceholders(path: string): PathPlaceholder[] {
  return [...path.matchAll(/\{([^}]+?)(\+?)\}/g)].map((match) => ({ name: match[1] ?? "", greedy: match[2] === "+" }));
}
