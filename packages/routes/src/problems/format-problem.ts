import type { Problem } from "../model";

/**
 * `template: route: field: message`, with `:line:column` after the template when known
 * (the compiler convention editors link to) and without the route when there is none.
 */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.template : `${problem.template}:${problem.line}:${problem.column ?? 1}`;
  return [where, problem.route, problem.field, problem.message].filter((part) => part !== undefined && part !== "").join(": ");
}
