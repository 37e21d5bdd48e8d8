import { javaEquals } from "./arithmetic";
import { toJavaString } from "./toJavaString";
import {
  type JavaMap,
  MapEntry,
  NO_METHOD,
  VtlList,
  isJavaMap,
  mapEntries,
  mapGet,
  mapHas,
  mapKeys,
  mapPut,
  mapRemove,
  mapSize,
  mapValues,
} from "./values";

/** java.util.Map methods on JSON objects, template maps and $context / $input.params() maps. */
export function callMapMethod(map: JavaMap, name: string, args: unknown[]): unknown {
  const [a, b] = args;
  switch (`${name}/${args.length}`) {
    case "size/0":
      return mapSize(map);
    case "isEmpty/0":
      return mapSize(map) === 0;
    case "get/1":
      return mapGet(map, a);
    case "getOrDefault/2":
      return mapHas(map, a) ? mapGet(map, a) : b;
    case "containsKey/1":
      return mapHas(map, a);
    case "containsValue/1":
      return mapValues(map).some((v) => javaEquals(v, a));
    case "put/2":
      return mapPut(map, a, b);
    case "putIfAbsent/2":
      return mapHas(map, a) && mapGet(map, a) !== undefined ? mapGet(map, a) : mapPut(map, a, b);
    case "putAll/1":
      if (!isJavaMap(a)) return NO_METHOD;
      for (const [k, v] of mapEntries(a)) mapPut(map, k, v);
      return undefined;
    case "remove/1":
      return mapRemove(map, a);
    case "clear/0":
      for (const k of mapKeys(map)) mapRemove(map, k);
      return undefined;
    // Velocity iterates and prints these views like the Java collections they are.
    case "keySet/0":
      return VtlList.of_(mapKeys(map));
    case "values/0":
      return VtlList.of_(mapValues(map));
    case "entrySet/0":
      return VtlList.of_(mapEntries(map).map(([k, v]) => new MapEntry(k, v)));
    case "equals/1":
      return javaEquals(map, a);
    case "toString/0":
      return toJavaString(map);
  }
  return NO_METHOD;
}

/** java.util.Map.Entry methods. */
export function callEntryMethod(entry: MapEntry, name: string, args: unknown[]): unknown {
  switch (`${name}/${args.length}`) {
    case "getKey/0":
      return entry.key;
    case "getValue/0":
      return entry.value;
    case "setValue/1": {
      const previous = entry.value;
      entry.value = args[0];
      return previous;
    }
    case "toString/0":
      return toJavaString(entry);
  }
  return NO_METHOD;
}
