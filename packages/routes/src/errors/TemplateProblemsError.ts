import type { Problem } from "../model";
import { formatProblem } from "../problems/format-problem";
import { RoutesError } from "./RoutesError";

/**
 * A template (or several) has problems. The message lists each one as
 * `template: route: field: message`; `problems` has them as data.
 */
export class TemplateProblemsError extends RoutesError {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super("ValidationError", `${count} in API templates; fix them and load again:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`, {
      fault: "client",
      httpStatusCode: 400,
    });
    this.problems = problems;
  }
}
