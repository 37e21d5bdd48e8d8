import type { PathSegment } from "../parse/source-position";
import { isObject, scalarToString } from "../utils/json";
import { computeCidr } from "./cidr";
import { NO_VALUE } from "./no-value";
import type { ResolveScope } from "./scope";
import { resolveSub } from "./sub";

type Path = readonly PathSegment[];
type IntrinsicHandler = (argument: unknown, path: Path, scope: ResolveScope) => unknown;

/** Functions that only make sense inside `Conditions` (they are evaluated by `evaluateCondition`). */
const CONDITION_ONLY = new Set(["Fn::And", "Fn::Equals", "Fn::Not", "Fn::Or"]);

/** A placeholder for a value that cannot be computed locally (a problem has been reported). */
export function unresolved(what: string): string {
  return `<unresolved ${what}>`;
}

/** The intrinsic function name when `value` is a one-key `{ Ref }` / `{ "Fn::X" }` object. */
export function intrinsicName(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  return key === "Ref" || key.startsWith("Fn::") ? key : undefined;
}

/**
 * Resolves every intrinsic function in `value`, recursively (including inside OpenAPI bodies).
 * `AWS::NoValue` removes the enclosing map entry or list item; at the top it yields `NO_VALUE`.
 * Problems are reported through `scope.report` with the path as written in the template.
 *
 * @param path where `value` sits in the template, e.g. `["Resources", "Api", "Properties"]`
 */
export function resolveIntrinsics(value: unknown, scope: ResolveScope, path: Path = []): unknown {
  if (Array.isArray(value)) {
    return value.map((item, i) => resolveIntrinsics(item, scope, [...path, i])).filter((item) => item !== NO_VALUE);
  }
  if (!isObject(value)) return value;
  const name = intrinsicName(value);
  if (name !== undefined) return resolveFunction(name, value[name], [...path, name], scope);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const resolved = resolveIntrinsics(item, scope, [...path, key]);
    if (resolved !== NO_VALUE) out[key] = resolved;
  }
  return out;
}

function resolveFunction(name: string, argument: unknown, path: Path, scope: ResolveScope): unknown {
  const handler = HANDLERS[name];
  if (handler) return handler(argument, path, scope);
  if (CONDITION_ONLY.has(name)) {
    scope.report(path, `${name} can only be used in the Conditions section`);
  } else {
    scope.report(path, `unknown intrinsic function ${name}`);
  }
  return unresolved(name);
}

/** Resolves `value` and requires a string (numbers and booleans are read as strings, as CloudFormation does). */
export function resolveString(value: unknown, path: Path, scope: ResolveScope, what: string): string | undefined {
  const resolved = resolveIntrinsics(value, scope, path);
  const text = scalarToString(resolved);
  if (text === undefined) scope.report(path, `${what} must be a string, got ${describe(resolved)}`);
  return text;
}

function resolveList(value: unknown, path: Path, scope: ResolveScope, what: string): unknown[] | undefined {
  const resolved = resolveIntrinsics(value, scope, path);
  if (Array.isArray(resolved)) return resolved;
  scope.report(path, `${what} must be a list, got ${describe(resolved)}`);
  return undefined;
}

function argumentsOf(argument: unknown, path: Path, scope: ResolveScope, name: string, counts: number[]): unknown[] | undefined {
  if (Array.isArray(argument) && counts.includes(argument.length)) return argument;
  scope.report(path, `${name} takes a list of ${counts.join(" or ")} arguments`);
  return undefined;
}

function describe(value: unknown): string {
  if (value === NO_VALUE) return "AWS::NoValue";
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return typeof value === "object" ? "a map" : JSON.stringify(value);
}

const HANDLERS: Record<string, IntrinsicHandler> = {
  Ref(argument, path, scope) {
    const name = scalarToString(argument);
    if (name === undefined) {
      scope.report(path, "Ref takes a logical id or parameter name");
      return unresolved("Ref");
    }
    return scope.ref(name, path);
  },

  "Fn::GetAtt"(argument, path, scope) {
    const parts = typeof argument === "string" ? splitAttribute(argument) : argument;
    if (!Array.isArray(parts) || parts.length !== 2) {
      scope.report(path, "Fn::GetAtt takes [LogicalId, Attribute] or 'LogicalId.Attribute'");
      return unresolved("Fn::GetAtt");
    }
    const logicalId = scalarToString(parts[0]);
    const attribute = resolveString(parts[1], [...path, 1], scope, "the Fn::GetAtt attribute name");
    if (logicalId === undefined || attribute === undefined) return unresolved("Fn::GetAtt");
    return scope.getAtt(logicalId, attribute, path);
  },

  // A wrapper, not a reference: sub.ts imports this module, so the binding may not exist yet at load time.
  "Fn::Sub": (argument, path, scope) => resolveSub(argument, path, scope),

  "Fn::Join"(argument, path, scope) {
    const args = argumentsOf(argument, path, scope, "Fn::Join", [2]);
    if (!args) return unresolved("Fn::Join");
    const delimiter = resolveString(args[0], [...path, 0], scope, "the Fn::Join delimiter");
    const items = resolveList(args[1], [...path, 1], scope, "the Fn::Join values");
    if (delimiter === undefined || !items) return unresolved("Fn::Join");
    const strings = items.map((item, i) => {
      const text = scalarToString(item);
      if (text === undefined) scope.report([...path, 1, i], `Fn::Join values must be strings, got ${describe(item)}`);
      return text ?? "";
    });
    return strings.join(delimiter);
  },

  "Fn::Select"(argument, path, scope) {
    const args = argumentsOf(argument, path, scope, "Fn::Select", [2]);
    if (!args) return unresolved("Fn::Select");
    const index = Number(resolveString(args[0], [...path, 0], scope, "the Fn::Select index"));
    const items = resolveList(args[1], [...path, 1], scope, "the Fn::Select values");
    if (!items) return unresolved("Fn::Select");
    if (!Number.isInteger(index) || index < 0 || index >= items.length) {
      scope.report([...path, 0], `Fn::Select index ${String(args[0])} is out of range for a list of ${items.length}`);
      return unresolved("Fn::Select");
    }
    return items[index];
  },

  "Fn::Split"(argument, path, scope) {
    const args = argumentsOf(argument, path, scope, "Fn::Split", [2]);
    if (!args) return unresolved("Fn::Split");
    const delimiter = resolveString(args[0], [...path, 0], scope, "the Fn::Split delimiter");
    const source = resolveString(args[1], [...path, 1], scope, "the Fn::Split source");
    if (delimiter === undefined || source === undefined) return unresolved("Fn::Split");
    return source.split(delimiter);
  },

  "Fn::Base64"(argument, path, scope) {
    const text = resolveString(argument, path, scope, "the Fn::Base64 value");
    return text === undefined ? unresolved("Fn::Base64") : Buffer.from(text, "utf8").toString("base64");
  },

  "Fn::GetAZs"(argument, path, scope) {
    const region = resolveString(argument ?? "", path, scope, "the Fn::GetAZs region") ?? "";
    // Locally every region has three zones, a..c, which is what most accounts see in us-east-1's first zones.
    return ["a", "b", "c"].map((zone) => `${region === "" ? scope.pseudo.region : region}${zone}`);
  },

  "Fn::FindInMap"(argument, path, scope) {
    const args = argumentsOf(argument, path, scope, "Fn::FindInMap", [3, 4]);
    if (!args) return unresolved("Fn::FindInMap");
    const [mapName, topKey, secondKey] = args
      .slice(0, 3)
      .map((arg, i) => resolveString(arg, [...path, i], scope, "Fn::FindInMap keys"));
    const fallback = isObject(args[3]) && "DefaultValue" in args[3] ? args[3].DefaultValue : undefined;
    if (mapName === undefined || topKey === undefined || secondKey === undefined) return unresolved("Fn::FindInMap");
    const mapping = scope.mappings[mapName];
    if (!isObject(mapping)) {
      scope.report([...path, 0], `Fn::FindInMap: no mapping named ${mapName}`);
      return unresolved("Fn::FindInMap");
    }
    const top = mapping[topKey];
    const found = isObject(top) ? top[secondKey] : undefined;
    if (found !== undefined) return found;
    if (fallback !== undefined) return resolveIntrinsics(fallback, scope, [...path, 3, "DefaultValue"]);
    scope.report(path, `Fn::FindInMap: mapping ${mapName} has no ${topKey}.${secondKey}`);
    return unresolved("Fn::FindInMap");
  },

  "Fn::If"(argument, path, scope) {
    const args = argumentsOf(argument, path, scope, "Fn::If", [3]);
    const condition = args ? scalarToString(args[0]) : undefined;
    if (!args || condition === undefined) return unresolved("Fn::If");
    // Only the chosen branch is resolved: the other may legitimately name resources the condition removed.
    const branch = scope.condition(condition, [...path, 0]) ? 1 : 2;
    return resolveIntrinsics(args[branch], scope, [...path, branch]);
  },

  "Fn::ImportValue"(argument, path, scope) {
    const name = resolveString(argument, path, scope, "the Fn::ImportValue name");
    scope.report(path, `cannot resolve Fn::ImportValue ${name ?? ""} locally: exports of other stacks are not available`);
    return unresolved(`Fn::ImportValue ${name ?? ""}`);
  },

  "Fn::Cidr"(argument, path, scope) {
    const args = argumentsOf(argument, path, scope, "Fn::Cidr", [3]);
    if (!args) return unresolved("Fn::Cidr");
    const [block, count, bits] = args.map((arg, i) => resolveString(arg, [...path, i], scope, "Fn::Cidr arguments"));
    if (block === undefined || count === undefined || bits === undefined) return unresolved("Fn::Cidr");
    const result = computeCidr(block, Number(count), Number(bits));
    if (typeof result === "string") {
      scope.report(path, `Fn::Cidr: ${result}`);
      return unresolved("Fn::Cidr");
    }
    return result;
  },

  "Fn::Transform"(argument, path, scope) {
    const name = isObject(argument) ? scalarToString(argument.Name) : undefined;
    const parameters = isObject(argument) && isObject(argument.Parameters) ? argument.Parameters : {};
    const location = resolveIntrinsics(parameters.Location, scope, [...path, "Parameters", "Location"]);
    if (name === "AWS::Include" && typeof location === "string" && scope.include) {
      return scope.include(location, [...path, "Parameters", "Location"]);
    }
    scope.report(path, `cannot apply Fn::Transform ${name ?? ""} locally (only AWS::Include of a local file is supported)`);
    return unresolved("Fn::Transform");
  },

  "Fn::ToJsonString"(argument, path, scope) {
    return JSON.stringify(resolveIntrinsics(argument, scope, path));
  },

  "Fn::Length"(argument, path, scope) {
    const items = resolveList(argument, path, scope, "the Fn::Length value");
    return items ? items.length : unresolved("Fn::Length");
  },
};

function splitAttribute(text: string): string[] {
  const dot = text.indexOf(".");
  return dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
}
