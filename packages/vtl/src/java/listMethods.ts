import { JavaException } from "./JavaException";
import { javaEquals } from "./arithmetic";
import { toJavaString } from "./toJavaString";
import { NO_METHOD, VtlList, isJavaList } from "./values";

/** java.util.List methods on JSON lists and template lists. */
export function callListMethod(list: unknown[], name: string, args: unknown[]): unknown {
  const [a, b] = args;
  switch (`${name}/${args.length}`) {
    case "size/0":
      return list.length;
    case "isEmpty/0":
      return list.length === 0;
    case "get/1":
      return isInt(a) ? list[checkIndex(list, a, list.length - 1)] : NO_METHOD;
    case "contains/1":
      return list.some((item) => javaEquals(item, a));
    case "indexOf/1":
      return list.findIndex((item) => javaEquals(item, a));
    case "lastIndexOf/1":
      return list.findLastIndex((item) => javaEquals(item, a));
    case "add/1":
      list.push(a);
      return true;
    case "add/2":
      if (!isInt(a)) return NO_METHOD;
      list.splice(checkIndex(list, a, list.length), 0, b);
      return undefined;
    case "addAll/1":
      if (!isJavaList(a)) return NO_METHOD;
      list.push(...a);
      return a.length > 0;
    case "set/2": {
      if (!isInt(a)) return NO_METHOD;
      const i = checkIndex(list, a, list.length - 1);
      const previous = list[i];
      list[i] = b;
      return previous;
    }
    case "remove/1": {
      // remove(int) removes by position; remove(Object) removes the first equal element.
      if (isInt(a)) return list.splice(checkIndex(list, a, list.length - 1), 1)[0];
      const i = list.findIndex((item) => javaEquals(item, a));
      if (i >= 0) list.splice(i, 1);
      return i >= 0;
    }
    case "clear/0":
      list.length = 0;
      return undefined;
    case "subList/2":
      if (!isInt(a) || !isInt(b)) return NO_METHOD;
      if (a < 0 || b > list.length || a > b) throw outOfBounds(`fromIndex ${a}, toIndex ${b}, size ${list.length}`);
      return VtlList.of_(list.slice(a, b));
    case "containsAll/1":
      return isJavaList(a) ? a.every((x) => list.some((item) => javaEquals(item, x))) : NO_METHOD;
    case "equals/1":
      return javaEquals(list, a);
    case "toString/0":
      return toJavaString(list);
    case "hashCode/0":
      return 0;
  }
  return NO_METHOD;
}

function isInt(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v);
}

function checkIndex(list: unknown[], i: number, max: number): number {
  if (i < 0 || i > max) throw outOfBounds(`Index ${i} out of bounds for length ${list.length}`);
  return i;
}

function outOfBounds(message: string): JavaException {
  return new JavaException("java.lang.IndexOutOfBoundsException", message);
}
