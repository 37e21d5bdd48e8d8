import { toJavaString } from "./toJavaString";
import {
  JavaDouble,
  MapEntry,
  isIntegral,
  isJavaList,
  isJavaMap,
  isJavaNumber,
  mapEntries,
  mapGet,
  mapHas,
  mapSize,
  numberValue,
} from "./values";

type JavaNumber = number | bigint | JavaDouble;

/**
 * Velocity 1.7 arithmetic (MathUtils): integer operands give an integer result (`7 / 2` is 3,
 * truncated; overflow widens to Long/BigInteger), any double operand gives a double; `+` with a
 * String concatenates; division or modulo by zero, a null or a non-number operand give null.
 */
export function javaArithmetic(operator: "+" | "-" | "*" | "/" | "%", left: unknown, right: unknown): unknown {
  if (left === null || left === undefined || right === null || right === undefined) return undefined;
  if (operator === "+" && (typeof left === "string" || typeof right === "string")) {
    return toJavaString(left) + toJavaString(right);
  }
  if (!isJavaNumber(left) || !isJavaNumber(right)) return undefined;
  if ((operator === "/" || operator === "%") && numberValue(right) === 0) return undefined;
  if (isIntegral(left) && isIntegral(right)) return integerOp(operator, left as number | bigint, right as number | bigint);
  const a = numberValue(left);
  const b = numberValue(right);
  const result =
    operator === "+" ? a + b : operator === "-" ? a - b : operator === "*" ? a * b : operator === "/" ? a / b : a % b;
  return toDouble(result);
}

/** A double result: integral values are boxed so they keep printing as `3.0`. */
export function toDouble(n: number): number | JavaDouble {
  return Number.isInteger(n) || Object.is(n, -0) ? new JavaDouble(n) : n;
}

function integerOp(operator: string, left: number | bigint, right: number | bigint): number | bigint {
  if (typeof left === "number" && typeof right === "number") {
    let r: number;
    switch (operator) {
      case "+":
        r = left + right;
        break;
      case "-":
        r = left - right;
        break;
      case "*":
        r = left * right;
        break;
      case "/":
        r = Math.trunc(left / right);
        break;
      default:
        r = left % right;
    }
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  const a = BigInt(left);
  const b = BigInt(right);
  const big = operator === "+" ? a + b : operator === "-" ? a - b : operator === "*" ? a * b : operator === "/" ? a / b : a % b;
  const n = Number(big);
  return Number.isSafeInteger(n) ? n : big;
}

/** Velocity 1.7 `<`, `<=`, `>`, `>=`: numbers only; anything else (including null) is false. */
export function javaCompare(operator: "<" | "<=" | ">" | ">=", left: unknown, right: unknown): boolean {
  if (!isJavaNumber(left) || !isJavaNumber(right)) return false;
  const c = compareNumbers(left, right);
  return operator === "<" ? c < 0 : operator === "<=" ? c <= 0 : operator === ">" ? c > 0 : c >= 0;
}

function compareNumbers(left: JavaNumber, right: JavaNumber): number {
  if (typeof left === "bigint" || typeof right === "bigint") {
    if (isIntegral(left) && isIntegral(right)) {
      const a = BigInt(left as number | bigint);
      const b = BigInt(right as number | bigint);
      return a < b ? -1 : a > b ? 1 : 0;
    }
  }
  const a = numberValue(left);
  const b = numberValue(right);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Velocity 1.7 `==`: two nulls are equal, null equals nothing else; numbers compare by value
 * (`1 == 1.0`); values of one kind use Java equals(); values of different kinds compare their
 * toString() (`"1" == 1` and `true == "true"` hold).
 */
export function velocityEquals(left: unknown, right: unknown): boolean {
  const leftNull = left === null || left === undefined;
  const rightNull = right === null || right === undefined;
  if (leftNull || rightNull) return leftNull && rightNull;
  if (isJavaNumber(left) && isJavaNumber(right)) return compareNumbers(left, right) === 0;
  if (kindOf(left) === kindOf(right)) return javaEquals(left, right);
  return toJavaString(left) === toJavaString(right);
}

function kindOf(value: unknown): string {
  if (isJavaList(value)) return "list";
  if (isJavaMap(value)) return "map";
  if (value instanceof MapEntry) return "entry";
  return typeof value;
}

/** Java Object.equals for the value model (used by contains(), indexOf(), equals()). */
export function javaEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (isJavaNumber(a) && isJavaNumber(b)) return isIntegral(a) === isIntegral(b) && compareNumbers(a, b) === 0;
  if (isJavaList(a) && isJavaList(b)) return a.length === b.length && a.every((item, i) => javaEquals(item, b[i]));
  if (isJavaMap(a) && isJavaMap(b)) {
    if (mapSize(a) !== mapSize(b)) return false;
    return mapEntries(a).every(([k, v]) => mapHas(b, k) && javaEquals(v, mapGet(b, k)));
  }
  if (a instanceof MapEntry && b instanceof MapEntry) return javaEquals(a.key, b.key) && javaEquals(a.value, b.value);
  return false;
}

/** Velocity 1.7 truthiness of a value: null and false are false, everything else (even "" and 0) is true. */
export function javaTruthy(value: unknown): boolean {
  return value !== null && value !== undefined && value !== false;
}
