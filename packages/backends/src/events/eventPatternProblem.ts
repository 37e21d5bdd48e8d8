/**
 * Checks an EventPattern the way PutRule does and returns the reason it is invalid (the text after
 * "Event pattern is not valid. Reason: "), or undefined when it is valid.
 */
export function eventPatternProblem(text: string): string | undefined {
  let pattern: unknown;
  try {
    pattern = JSON.parse(text);
  } catch (error) {
    return `Filter is not valid JSON: ${(error as Error).message}`;
  }
  if (!isObject(pattern)) return "Filter is not an object";
  return objectProblem(pattern);
}

const matchTypes = new Set(["prefix", "suffix", "equals-ignore-case", "anything-but", "numeric", "exists", "cidr", "wildcard"]);
const numericOperators = new Set(["=", "<", "<=", ">", ">="]);

function objectProblem(pattern: Record<string, unknown>): string | undefined {
  if (Object.keys(pattern).length === 0) return "Empty objects are not allowed";
  for (const [key, value] of Object.entries(pattern)) {
    if (key === "$or") {
      if (!Array.isArray(value) || value.length < 2 || !value.every(isObject)) return "$or must be an array of at least two objects";
      for (const alternative of value) {
        const problem = objectProblem(alternative as Record<string, unknown>);
        if (problem) return problem;
      }
      continue;
    }
    if (isObject(value)) {
      const problem = objectProblem(value);
      if (problem) return problem;
      continue;
    }
    if (!Array.isArray(value)) return `'${key}' must be an object or an array`;
    if (value.length === 0) return `Empty arrays are not allowed`;
    for (const matcher of value) {
      const problem = matcherProblem(matcher);
      if (problem) return problem;
    }
  }
  return undefined;
}

function matcherProblem(matcher: unknown): string | undefined {
  if (!isObject(matcher)) return Array.isArray(matcher) ? "Arrays of arrays are not allowed" : undefined;
  const keys = Object.keys(matcher);
  if (keys.length !== 1) return "Match expressions must have exactly one key";
  const type = keys[0]!;
  const operand = matcher[type];
  if (!matchTypes.has(type)) return `Unrecognized match type ${type}`;
  switch (type) {
    case "prefix":
    case "suffix":
      return typeof operand === "string" || ignoreCaseOperand(operand) ? undefined : `Value of ${type} must be a string or a valid JSON object.`;
    case "equals-ignore-case":
      return typeof operand === "string" ? undefined : "equals-ignore-case match pattern must be a string";
    case "wildcard":
      if (typeof operand !== "string") return "wildcard match pattern must be a string";
      return operand.includes("**") ? "Consecutive wildcard characters at pos " + operand.indexOf("**") : undefined;
    case "exists":
      return typeof operand === "boolean" ? undefined : "exists match pattern must be either true or false.";
    case "cidr":
      return typeof operand === "string" && /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/.test(operand) ? undefined : `Nonstandard IP address: ${String(operand)}`;
    case "numeric":
      return numericProblem(operand);
    default:
      return anythingButProblem(operand);
  }
}

function ignoreCaseOperand(operand: unknown): boolean {
  return isObject(operand) && Object.keys(operand).length === 1 && typeof operand["equals-ignore-case"] === "string";
}

function numericProblem(operand: unknown): string | undefined {
  if (!Array.isArray(operand) || operand.length === 0 || operand.length % 2 !== 0 || operand.length > 4) return "Value of numeric must be an array.";
  let lower = Number.NEGATIVE_INFINITY;
  let upper = Number.POSITIVE_INFINITY;
  for (let i = 0; i < operand.length; i += 2) {
    const operator = operand[i];
    const bound = operand[i + 1];
    if (typeof operator !== "string" || !numericOperators.has(operator)) return `Unrecognized numeric range operator: ${String(operator)}`;
    if (typeof bound !== "number") return `Value of ${operator} must be numeric`;
    if (operator === "=" && operand.length > 2) return "Numeric '=' cannot be combined with other operators";
    if (operator.startsWith(">")) lower = bound;
    if (operator.startsWith("<")) upper = bound;
  }
  return lower >= upper ? "Bottom must be less than top" : undefined;
}

function anythingButProblem(operand: unknown): string | undefined {
  if (operand === null || ["string", "number", "boolean"].includes(typeof operand)) return undefined;
  if (Array.isArray(operand)) {
    if (operand.length === 0) return "Empty arrays are not allowed";
    const types = new Set(operand.map((item) => typeof item));
    if (types.size !== 1 || !(types.has("string") || types.has("number"))) return "Inside anything but list, all values must be of the same type: string or number";
    return undefined;
  }
  if (isObject(operand)) {
    const keys = Object.keys(operand);
    const type = keys[0];
    if (keys.length !== 1 || type === undefined || !["prefix", "suffix", "equals-ignore-case", "wildcard"].includes(type)) {
      return "Unsupported anything-but pattern: " + JSON.stringify(operand);
    }
    const inner = operand[type];
    const ok = type === "equals-ignore-case" ? typeof inner === "string" || (Array.isArray(inner) && inner.every((item) => typeof item === "string")) : typeof inner === "string";
    return ok ? undefined : `Value of anything-but ${type} must be a string`;
  }
  return "Value of anything-but must be an array or single string/number value.";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
