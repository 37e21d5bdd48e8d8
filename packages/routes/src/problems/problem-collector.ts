import type { Problem } from "../model";
import { OPERATION_METHODS } from "../extract/operations";
import type { PathSegment, SourcePosition } from "../parse/source-position";

/** Where a template path points: the route (when inside an operation) and the field. */
export function locateField(path: readonly PathSegment[]): { route?: string; field: string } {
  // Resources.<Api>.Properties.{DefinitionBody|Body}.paths.<path>.<method>.<field...>
  const [section, , properties, body, paths, routePath, methodKey, ...rest] = path;
  const method = typeof methodKey === "string" ? OPERATION_METHODS[methodKey.toLowerCase()] : undefined;
  if (section === "Resources" && properties === "Properties" && (body === "DefinitionBody" || body === "Body") && paths === "paths" && method) {
    return { route: `${method} ${String(routePath)}`, field: rest.length > 0 ? rest.join(".") : "(operation)" };
  }
  return { field: path.length > 0 ? path.join(".") : "(template)" };
}

/** Collects located, de-duplicated problems for one template file. */
export class ProblemCollector {
  readonly problems: Problem[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly template: string,
    private readonly positionOf: (path: readonly PathSegment[]) => SourcePosition | undefined = () => undefined,
  ) {}

  /** Records a problem found at `path` in the template. */
  readonly report = (path: readonly PathSegment[], message: string): void => {
    const { route, field } = locateField(path);
    const key = `${route ?? ""}\u0000${field}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const problem: Problem = { template: this.template, field, message };
    if (route !== undefined) problem.route = route;
    const position = this.positionOf(path);
    if (position) {
      problem.line = position.line;
      problem.column = position.column;
    }
    this.problems.push(problem);
  };

  /** Records a problem at a known position (syntax errors). */
  addAt(position: SourcePosition, field: string, message: string): void {
    this.problems.push({ template: this.template, line: position.line, column: position.column, field, message });
  }

  /** The problems in source order (those without a position first, in the order found). */
  sorted(): Problem[] {
    return [...this.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  }
}
