import { javaEquals } from "./arithmetic";
import { callListMethod } from "./listMethods";
import { callEntryMethod, callMapMethod } from "./mapMethods";
import { callStringMethod } from "./stringMethods";
import { toJavaString } from "./toJavaString";
import {
  JavaDouble,
  MapEntry,
  NO_METHOD,
  isHostObject,
  isIntegral,
  isJavaList,
  isJavaMap,
  isJavaNumber,
  mapGet,
  numberValue,
} from "./values";

/**
 * `$target.name(args)` with Java semantics, dispatched on the receiver's Java type. Returns
 * `undefined` (Velocity: null, rendered empty) when the receiver has no such method.
 *
 * @throws JavaException when the Java method would throw
 */
export function callMethod(target: unknown, name: string, args: unknown[]): unknown {
  let result: unknown = NO_METHOD;
  if (typeof target === "string") result = callStringMethod(target, name, args);
  else if (isJavaList(target)) result = callListMethod(target, name, args);
  else if (isJavaMap(target)) result = callMapMethod(target, name, args);
  else if (isHostObject(target)) result = target.vtlMethod(name, args);
  else if (target instanceof MapEntry) result = callEntryMethod(target, name, args);
  else if (isJavaNumber(target)) result = callNumberMethod(target, name, args);
  else if (typeof target === "boolean") result = callBooleanMethod(target, name, args);
  return result === NO_METHOD ? undefined : result;
}

function callNumberMethod(n: number | bigint | JavaDouble, name: string, args: unknown[]): unknown {
  const v = numberValue(n);
  switch (`${name}/${args.length}`) {
    case "toString/0":
      return toJavaString(n);
    case "intValue/0":
    case "longValue/0":
      return typeof n === "bigint" ? n : Math.trunc(v);
    case "doubleValue/0":
    case "floatValue/0":
      return Number.isInteger(v) ? new JavaDouble(v) : v;
    case "equals/1":
      return javaEquals(n, args[0]);
    case "compareTo/1": {
      const other = args[0];
      if (!isJavaNumber(other) || isIntegral(other) !== isIntegral(n)) return NO_METHOD;
      const w = numberValue(other);
      return v < w ? -1 : v > w ? 1 : 0;
    }
  }
  return NO_METHOD;
}

function callBooleanMethod(b: boolean, name: string, args: unknown[]): unknown {
  switch (`${name}/${args.length}`) {
    case "toString/0":
      return String(b);
    case "booleanValue/0":
      return b;
    case "equals/1":
      return b === args[0];
  }
  return NO_METHOD;
}

/**
 * `$target.name` (no parentheses). Velocity 1.7 looks for `getName()`, then `get("name")`, then
 * `isName()`: on a map that is the entry, on `$input` the getter, on a list or string only `empty`
 * (`isEmpty()`) exists.
 */
export function getProperty(target: unknown, name: string): unknown {
  if (isJavaMap(target)) return mapGet(target, name);
  if (isHostObject(target)) return target.vtlProperty(name);
  if (target instanceof MapEntry) return name === "key" ? target.key : name === "value" ? target.value : undefined;
  if (name === "empty" && (typeof target === "string" || isJavaList(target))) return target.length === 0;
  if (name === "class" || target === null || target === undefined) return undefined;
  return undefined;
}

/** `$target[key]` (Velocity 1.7 index notation): list position or map key. */
export function getIndex(target: unknown, key: unknown): unknown {
  if (isJavaList(target)) {
    if (typeof key !== "number" || !Number.isInteger(key)) return undefined;
    return target[key];
  }
  if (isJavaMap(target)) return mapGet(target, key);
  if (isHostObject(target) && typeof key === "string") return target.vtlProperty(key);
  return undefined;
}
