import type { PathSegment } from "../parse/source-position";
import { isObject, scalarToString } from "../utils/json";
import { resolveIntrinsics, unresolved } from "./intrinsics";
import { NO_VALUE } from "./no-value";
import type { ResolveScope } from "./scope";

type Path = readonly PathSegment[];

/** `${Name}`, `${Res.Attr}`, `${AWS::Region}` and the `${!Literal}` escape. */
const VARIABLE = /\$\{([^}]*)\}/g;

/**
 * `Fn::Sub`, in both forms: `"text ${Var}"` and `["text ${Var}", { Var: value }]`.
 * Variables come from the map first, then parameters, pseudo parameters and resources
 * (`${Res.Attr}` is `Fn::GetAtt`). `${!Literal}` yields `${Literal}` untouched, which is how
 * templates keep `${stageVariables.x}` for API Gateway.
 */
export function resolveSub(argument: unknown, path: Path, scope: ResolveScope): unknown {
  const [template, variables] = Array.isArray(argument) ? argument : [argument, {}];
  if (typeof template !== "string" || !isObject(variables) || (Array.isArray(argument) && argument.length !== 2)) {
    scope.report(path, "Fn::Sub takes a string or [string, { Name: value }]");
    return unresolved("Fn::Sub");
  }
  const templatePath = Array.isArray(argument) ? [...path, 0] : path;
  const values = new Map<string, unknown>();
  for (const [name, value] of Object.entries(variables)) {
    values.set(name, resolveIntrinsics(value, scope, [...path, 1, name]));
  }
  return template.replace(VARIABLE, (whole: string, body: string) => {
    if (body.startsWith("!")) return `\${${body.slice(1)}}`;
    const name = body.trim();
    const value = values.has(name) ? values.get(name) : lookup(name, templatePath, scope);
    const text = scalarToString(value);
    if (text !== undefined) return text;
    scope.report(templatePath, `Fn::Sub variable \${${name}} must resolve to a string, not ${value === NO_VALUE ? "AWS::NoValue" : Array.isArray(value) ? "a list" : typeof value}`);
    return whole;
  });
}

function lookup(name: string, path: Path, scope: ResolveScope): unknown {
  const dot = name.indexOf(".");
  if (dot > 0 && !name.startsWith("AWS::")) {
    return scope.getAtt(name.slice(0, dot), name.slice(dot + 1), path);
  }
  return scope.ref(name, path);
}
