import type { PathSegment } from "../parse/source-position";
import { isObject } from "../utils/json";
import { intrinsicName, resolveIntrinsics } from "./intrinsics";
import type { ResolveScope } from "./scope";

type Path = readonly PathSegment[];

/**
 * Evaluates a condition expression: `Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not` and
 * `{ Condition: Name }`; operands of `Fn::Equals` may use any intrinsic (`Ref`, `Fn::FindInMap`, ...).
 * Malformed expressions are reported and count as false.
 */
export function evaluateCondition(expression: unknown, path: Path, scope: ResolveScope): boolean {
  if (isObject(expression) && Object.keys(expression).length === 1 && typeof expression.Condition === "string") {
    return scope.condition(expression.Condition, [...path, "Condition"]);
  }
  const name = intrinsicName(expression);
  const argument = name && isObject(expression) ? expression[name] : undefined;
  const at = name ? [...path, name] : path;
  switch (name) {
    case "Fn::Equals": {
      if (!Array.isArray(argument) || argument.length !== 2) return malformed(at, scope, "Fn::Equals takes two values");
      const [left, right] = argument.map((operand, i) => comparable(resolveIntrinsics(operand, scope, [...at, i])));
      return left === right;
    }
    case "Fn::Not": {
      if (!Array.isArray(argument) || argument.length !== 1) return malformed(at, scope, "Fn::Not takes a list of one condition");
      return !evaluateCondition(argument[0], [...at, 0], scope);
    }
    case "Fn::And":
    case "Fn::Or": {
      if (!Array.isArray(argument) || argument.length < 2 || argument.length > 10) {
        return malformed(at, scope, `${name} takes 2 to 10 conditions`);
      }
      // Every operand is evaluated (no short circuit) so each malformed one is reported.
      const results = argument.map((operand, i) => evaluateCondition(operand, [...at, i], scope));
      return name === "Fn::And" ? results.every(Boolean) : results.some(Boolean);
    }
    default:
      return malformed(path, scope, "a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or { Condition: Name }");
  }
}

/** CloudFormation compares the string forms: `!Equals [!Ref Count, 3]` holds when Count is "3". */
function comparable(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function malformed(path: Path, scope: ResolveScope, message: string): boolean {
  scope.report(path, message);
  return false;
}
