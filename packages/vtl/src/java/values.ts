/**
 * The Java value model templates see. API Gateway runs Velocity 1.7 on the JVM with Jayway JsonPath
 * (json-smart provider), so values behave like these Java types:
 *
 * | JavaScript value                    | Java type it stands for                                  |
 * | ----------------------------------- | -------------------------------------------------------- |
 * | `null` / `undefined`                | null                                                     |
 * | string, boolean                     | String, Boolean                                          |
 * | integral number, bigint             | Integer/Long, BigInteger                                 |
 * | non-integral number, {@link JavaDouble} | Double (`JavaDouble` keeps an integral double like 2.0)  |
 * | plain array                         | json-smart JSONArray (a JSON list; prints as JSON)      |
 * | {@link VtlList}                     | ArrayList (template literals, keySet() ...; prints `[a, b]`) |
 * | plain object, `Map`                 | LinkedHashMap (prints `{a=1, b=2}`)                      |
 * | {@link MapEntry}                    | Map.Entry                                               |
 * | {@link HostObject}                  | API Gateway's `$input` / `$util` objects                 |
 */

/** A Java Double whose value is integral, so it prints as `2.0`, not `2`. */
export class JavaDouble {
  constructor(readonly value: number) {}
}

/** A java.util.ArrayList created by the template (list literal, keySet(), values(), split() ...). */
export class VtlList extends Array<unknown> {
  // Array methods that build new arrays (map, filter) must give plain arrays, not VtlLists.
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  static of_<T extends VtlList>(this: new () => T, items: readonly unknown[]): T {
    const list = new this();
    for (const item of items) list.push(item);
    return list;
  }
}

/** A Java String[] (the result of String.split); prints as Java prints arrays. */
export class JavaStringArray extends VtlList {}

/** A java.util.Map.Entry from entrySet(). */
export class MapEntry {
  constructor(
    readonly key: unknown,
    public value: unknown,
  ) {}
}

/** An object API Gateway puts in the template context ($input, $util): only its listed methods are callable. */
export interface HostObject {
  /** `$obj.name` (Velocity calls the getter `getName()`). */
  vtlProperty(name: string): unknown;
  /** `$obj.name(args)`; returns {@link NO_METHOD} when the object has no such method. */
  vtlMethod(name: string, args: unknown[]): unknown;
  /** What Java's toString() would print. */
  toString(): string;
}

/** Returned by {@link HostObject.vtlMethod} for an unknown method (Velocity then yields null). */
export const NO_METHOD: unique symbol = Symbol("NO_METHOD");

export function isHostObject(value: unknown): value is HostObject {
  return typeof value === "object" && value !== null && typeof (value as HostObject).vtlMethod === "function";
}

/** A plain `{}` object (JSON.parse output, caller-supplied context), as opposed to class instances. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export type JavaMap = Map<unknown, unknown> | Record<string, unknown>;

export function isJavaMap(value: unknown): value is JavaMap {
  return value instanceof Map || isPlainObject(value);
}

export function isJavaList(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

export function isJavaNumber(value: unknown): value is number | bigint | JavaDouble {
  return typeof value === "number" || typeof value === "bigint" || value instanceof JavaDouble;
}

/** Numeric value of a Java number (bigint may lose precision). */
export function numberValue(value: number | bigint | JavaDouble): number {
  return value instanceof JavaDouble ? value.value : Number(value);
}

/** True for Integer/Long/BigInteger, false for Double. */
export function isIntegral(value: number | bigint | JavaDouble): boolean {
  if (typeof value === "bigint") return true;
  if (value instanceof JavaDouble) return false;
  return Number.isInteger(value);
}

const hasOwn = Object.prototype.hasOwnProperty;

export function mapGet(map: JavaMap, key: unknown): unknown {
  if (map instanceof Map) return map.get(key);
  const k = String(key);
  return hasOwn.call(map, k) ? map[k] : undefined;
}

export function mapHas(map: JavaMap, key: unknown): boolean {
  if (map instanceof Map) return map.has(key);
  return hasOwn.call(map, String(key));
}

/** Map.put: stores the value, returns the previous one. */
export function mapPut(map: JavaMap, key: unknown, value: unknown): unknown {
  const previous = mapGet(map, key);
  if (map instanceof Map) map.set(key, value);
  else {
    const k = String(key);
    // Own data property, so keys like "__proto__" stay ordinary entries.
    Object.defineProperty(map, k, { value, writable: true, enumerable: true, configurable: true });
  }
  return previous;
}

export function mapRemove(map: JavaMap, key: unknown): unknown {
  const previous = mapGet(map, key);
  if (map instanceof Map) map.delete(key);
  else delete map[String(key)];
  return previous;
}

export function mapKeys(map: JavaMap): unknown[] {
  return map instanceof Map ? [...map.keys()] : Object.keys(map);
}

export function mapValues(map: JavaMap): unknown[] {
  return map instanceof Map ? [...map.values()] : Object.values(map);
}

export function mapSize(map: JavaMap): number {
  return map instanceof Map ? map.size : Object.keys(map).length;
}

export function mapEntries(map: JavaMap): [unknown, unknown][] {
  return map instanceof Map ? [...map.entries()] : Object.entries(map);
}
