import { asObject, isObject, scalarToString } from "../utils/json";
import type { ParameterValue, ReportProblem } from "./scope";

/** Parameter values given by the caller; lists may be arrays or comma-separated strings. */
export type ParameterOverrides = Record<string, string | number | boolean | string[]>;

const SSM_VALUE = /^AWS::SSM::Parameter::Value<(.+)>$/;

/**
 * The value of every declared parameter: its `Default`, then the override. Checks `Type`
 * (`Number`, lists), `AllowedValues`, `AllowedPattern`, `MinLength`/`MaxLength` and
 * `MinValue`/`MaxValue` as CloudFormation does at stack creation.
 *
 * A `NoEcho` parameter with neither gets `localSecret(name)`, when given.
 *
 * `CommaDelimitedList` and `List<...>` become arrays (members space-trimmed, as documented);
 * `AWS::SSM::Parameter::Value<...>` becomes a `{{resolve:ssm:NAME}}` placeholder, since the
 * parameter store is not available locally.
 */
export function resolveParameters(
  declared: unknown,
  overrides: ParameterOverrides,
  report: ReportProblem,
  localSecret?: (name: string) => string,
): Record<string, ParameterValue> {
  const values: Record<string, ParameterValue> = {};
  const declarations = asObject(declared);
  for (const name of Object.keys(overrides)) {
    if (!(name in declarations)) report(["Parameters"], `parameter ${name} was given a value but the template does not declare it`);
  }
  for (const [name, declaration] of Object.entries(declarations)) {
    const path = ["Parameters", name];
    if (!isObject(declaration)) {
      report(path, "a parameter declaration must be a map with a Type");
      continue;
    }
    const given = overrides[name];
    // A NoEcho parameter without a value is a secret the deployer supplies (an API key value, a
    // password); locally it gets a stable generated value instead of blocking the load.
    const secret = declaration.NoEcho === true || declaration.NoEcho === "true" ? localSecret?.(name) : undefined;
    const raw = given ?? declaration.Default ?? secret;
    if (raw === undefined) {
      report(path, `parameter ${name} has no Default and no value was given; pass it as a parameter override`);
      continue;
    }
    const type = scalarToString(declaration.Type) ?? "String";
    const text = Array.isArray(raw) ? raw.join(",") : (scalarToString(raw) ?? "");
    const ssm = SSM_VALUE.exec(type);
    if (ssm) {
      const placeholder = `{{resolve:ssm:${text}}}`;
      values[name] = ssm[1]!.startsWith("List<") ? [placeholder] : placeholder;
      continue;
    }
    const isList = type === "CommaDelimitedList" || type.startsWith("List<");
    const members = isList ? text.split(",").map((member) => member.trim()) : [text];
    const numeric = type === "Number" || type === "List<Number>";
    for (const member of members) {
      const problem = checkMember(member, declaration, numeric);
      if (problem) report(path, `parameter ${name}: ${problem}`);
    }
    values[name] = isList ? members : text;
  }
  return values;
}

function checkMember(value: string, declaration: Record<string, unknown>, numeric: boolean): string | undefined {
  const constraint = scalarToString(declaration.ConstraintDescription);
  const explain = (message: string) => (constraint ? `${message} (${constraint})` : message);
  if (numeric && (value.trim() === "" || Number.isNaN(Number(value)))) return `"${value}" is not a number`;
  const allowed = Array.isArray(declaration.AllowedValues) ? declaration.AllowedValues.map((v) => scalarToString(v)) : undefined;
  if (allowed && !allowed.includes(value)) {
    return explain(`"${value}" is not one of the AllowedValues: ${allowed.join(", ")}`);
  }
  const pattern = scalarToString(declaration.AllowedPattern);
  // CloudFormation matches the whole value against AllowedPattern (a Java regular expression).
  if (pattern !== undefined) {
    const regex = compilePattern(pattern);
    if (regex === undefined) return `AllowedPattern ${pattern} is not a valid regular expression`;
    if (!regex.test(value)) return explain(`"${value}" does not match AllowedPattern ${pattern}`);
  }
  const minLength = Number(declaration.MinLength ?? 0);
  const maxLength = Number(declaration.MaxLength ?? Number.POSITIVE_INFINITY);
  if (value.length < minLength || value.length > maxLength) {
    return explain(`"${value}" must be ${minLength}..${maxLength} characters long`);
  }
  const minValue = Number(declaration.MinValue ?? Number.NEGATIVE_INFINITY);
  const maxValue = Number(declaration.MaxValue ?? Number.POSITIVE_INFINITY);
  if (numeric && (Number(value) < minValue || Number(value) > maxValue)) {
    return explain(`${value} must be between ${minValue} and ${maxValue}`);
  }
  return undefined;
}

function compilePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}
