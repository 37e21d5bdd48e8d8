import { isJavaMap, mapGet, mapHas, mapSize, mapValues, numberValue, isJavaNumber } from "../java/values";

/** A JSONPath expression API Gateway cannot evaluate. */
export class JsonPathError extends Error {}

type Segment =
  | { kind: "child"; names: string[] }
  | { kind: "index"; indexes: number[] }
  | { kind: "slice"; start: number | undefined; end: number | undefined }
  | { kind: "wildcard" }
  | { kind: "deep"; name: string | undefined }
  | { kind: "filter"; test: (item: unknown) => boolean }
  | { kind: "length" };

interface CompiledPath {
  segments: Segment[];
  /** Jayway's "definite" path: yields one value (or nothing), not a list. */
  definite: boolean;
}

const cache = new Map<string, CompiledPath>();
const CACHE_LIMIT = 500;

/**
 * Evaluates a JSONPath the way Jayway JsonPath (which API Gateway uses) does: a definite path
 * (`$.a.b[0]`) yields the value, or `undefined` when it is missing; an indefinite one (`$..a`,
 * `$.a[*]`, `$.a[?(@.x)]`, `$.a[0,1]`, `$.a[1:3]`) yields a JSON list of every match, possibly empty.
 * Supported: `$`, `.name`, `['name']`, `[n]` (negative from the end), `[n,m]`, `[a:b]`, `[*]`, `.*`,
 * `..name`, `..*`, `.length()`, and filters comparing `@.path` with literals (`==`, `!=`, `<`, `<=`,
 * `>`, `>=`, `&&`, `||`, existence).
 *
 * @throws JsonPathError for syntax it does not support
 */
export function evaluateJsonPath(document: unknown, path: string): unknown {
  let compiled = cache.get(path);
  if (compiled === undefined) {
    compiled = compilePath(path);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(path, compiled);
  }
  let nodes: unknown[] = [document];
  for (const segment of compiled.segments) nodes = applySegment(nodes, segment);
  if (compiled.definite) return nodes[0];
  return nodes;
}

function applySegment(nodes: unknown[], segment: Segment): unknown[] {
  const out: unknown[] = [];
  for (const node of nodes) {
    switch (segment.kind) {
      case "child":
        if (isJavaMap(node)) for (const name of segment.names) if (mapHas(node, name)) out.push(mapGet(node, name));
        break;
      case "index":
        if (Array.isArray(node)) {
          for (const i of segment.indexes) {
            const at = i < 0 ? node.length + i : i;
            if (at >= 0 && at < node.length) out.push(node[at]);
          }
        }
        break;
      case "slice":
        if (Array.isArray(node)) out.push(...node.slice(segment.start, segment.end));
        break;
      case "wildcard":
        if (Array.isArray(node)) out.push(...node);
        else if (isJavaMap(node)) out.push(...mapValues(node));
        break;
      case "deep":
        collectDeep(node, segment.name, out);
        break;
      case "filter":
        for (const item of Array.isArray(node) ? node : isJavaMap(node) ? mapValues(node) : []) {
          if (segment.test(item)) out.push(item);
        }
        break;
      case "length":
        if (Array.isArray(node)) out.push(node.length);
        else if (isJavaMap(node)) out.push(mapSize(node));
        else if (typeof node === "string") out.push(node.length);
        break;
    }
  }
  return out;
}

function collectDeep(node: unknown, name: string | undefined, out: unknown[]): void {
  if (isJavaMap(node)) {
    if (name === undefined) out.push(...mapValues(node));
    else if (mapHas(node, name)) out.push(mapGet(node, name));
    for (const child of mapValues(node)) collectDeep(child, name, out);
  } else if (Array.isArray(node)) {
    if (name === undefined) out.push(...node);
    for (const child of node) collectDeep(child, name, out);
  }
}

function compilePath(source: string): CompiledPath {
  let path = source.trim();
  // Jayway reads a path without the root as relative to it ("a.b" is "$.a.b").
  if (!path.startsWith("$")) path = path.startsWith("[") ? "$" + path : "$." + path;
  const segments: Segment[] = [];
  let definite = true;
  let i = 1;
  const fail = (what: string): never => {
    throw new JsonPathError(`Invalid JSONPath ${JSON.stringify(source)}: ${what} at character ${i}`);
  };
  while (i < path.length) {
    const c = path[i];
    if (c === ".") {
      if (path[i + 1] === ".") {
        i += 2;
        definite = false;
        if (path[i] === "*") {
          i++;
          segments.push({ kind: "deep", name: undefined });
        } else if (path[i] === "[") {
          const bracket = readBracket(path, i, fail);
          i = bracket.end;
          if (bracket.segment.kind !== "child" || bracket.segment.names.length !== 1) fail("unsupported deep scan");
          segments.push({ kind: "deep", name: (bracket.segment as { names: string[] }).names[0] });
        } else {
          const name = readName(path, i);
          if (name.length === 0) fail("expected a property name");
          i += name.length;
          segments.push({ kind: "deep", name });
        }
        continue;
      }
      i++;
      if (path[i] === "*") {
        i++;
        definite = false;
        segments.push({ kind: "wildcard" });
        continue;
      }
      const name = readName(path, i);
      if (name.length === 0) fail("expected a property name");
      i += name.length;
      if (path.startsWith("()", i)) {
        if (name !== "length") fail(`unsupported function ${name}()`);
        i += 2;
        segments.push({ kind: "length" });
        continue;
      }
      segments.push({ kind: "child", names: [name] });
      continue;
    }
    if (c === "[") {
      const bracket = readBracket(path, i, fail);
      i = bracket.end;
      const s = bracket.segment;
      if (s.kind === "wildcard" || s.kind === "filter" || s.kind === "slice") definite = false;
      if (s.kind === "child" && s.names.length > 1) definite = false;
      if (s.kind === "index" && s.indexes.length > 1) definite = false;
      segments.push(s);
      continue;
    }
    fail(`unexpected ${JSON.stringify(c)}`);
  }
  return { segments, definite };
}

function readName(path: string, start: number): string {
  let end = start;
  while (end < path.length && !".[( ".includes(path[end] as string)) end++;
  return path.slice(start, end);
}

function readBracket(path: string, start: number, fail: (what: string) => never): { segment: Segment; end: number } {
  const close = findClose(path, start, fail);
  const inner = path.slice(start + 1, close).trim();
  const end = close + 1;
  if (inner === "*") return { segment: { kind: "wildcard" }, end };
  if (inner.startsWith("?(") && inner.endsWith(")")) {
    return { segment: { kind: "filter", test: compileFilter(inner.slice(2, -1), fail) }, end };
  }
  if (inner.startsWith("'") || inner.startsWith('"')) {
    const names = splitOutsideQuotes(inner, ",", true).map((part) => unquote(part.trim(), fail));
    return { segment: { kind: "child", names }, end };
  }
  if (inner.includes(":")) {
    const [a = "", b = ""] = inner.split(":");
    const parse = (s: string): number | undefined => (s.trim() === "" ? undefined : toInt(s, fail));
    return { segment: { kind: "slice", start: parse(a), end: parse(b) }, end };
  }
  const indexes = inner.split(",").map((s) => toInt(s, fail));
  return { segment: { kind: "index", indexes }, end };
}

function findClose(path: string, start: number, fail: (what: string) => never): number {
  let quote: string | undefined;
  let depth = 0;
  for (let i = start; i < path.length; i++) {
    const c = path[i];
    if (quote !== undefined) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "[" || c === "(") depth++;
    else if (c === "]" || c === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return fail("unclosed '['");
}

function unquote(s: string, fail: (what: string) => never): string {
  const q = s[0];
  if ((q !== "'" && q !== '"') || s[s.length - 1] !== q || s.length < 2) return fail(`bad quoted name ${s}`);
  return s.slice(1, -1).replace(/\\(.)/g, "$1");
}

function toInt(s: string, fail: (what: string) => never): number {
  const t = s.trim();
  if (!/^-?[0-9]+$/.test(t)) return fail(`bad index ${JSON.stringify(t)}`);
  return Number(t);
}

// Filters: `@.a.b <op> literal`, `@.a` (exists), joined with && / ||.
function compileFilter(expr: string, fail: (what: string) => never): (item: unknown) => boolean {
  const ors = splitOutsideQuotes(expr, "||").map((part) =>
    splitOutsideQuotes(part, "&&").map((term) => compileComparison(term.trim(), fail)),
  );
  return (item) => ors.some((ands) => ands.every((test) => test(item)));
}

/**
 * `s` split at each `separator` outside quotes. With `backslashEscapes` (bracket names such as
 * `['a\'b']`) a backslash inside quotes escapes the next character; filter literals take it as is.
 */
function splitOutsideQuotes(s: string, separator: string, backslashEscapes = false): string[] {
  const parts: string[] = [];
  let quote: string | undefined;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote !== undefined) {
      if (backslashEscapes && c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (s.startsWith(separator, i)) {
      parts.push(s.slice(from, i));
      from = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(s.slice(from));
  return parts;
}

const COMPARISON = /^@((?:\.[A-Za-z_$][\w$-]*|\['[^']*'\])*)\s*(?:(==|!=|<=|>=|<|>)\s*(.+))?$/;

function compileComparison(term: string, fail: (what: string) => never): (item: unknown) => boolean {
  const match = COMPARISON.exec(term);
  if (match === null) return fail(`unsupported filter ${JSON.stringify(term)}`);
  const keys = [...(match[1] ?? "").matchAll(/\.([^.[]+)|\['([^']*)'\]/g)].map((m) => (m[1] ?? m[2]) as string);
  const read = (item: unknown): { found: boolean; value: unknown } => {
    let node = item;
    for (const key of keys) {
      if (!isJavaMap(node) || !mapHas(node, key)) return { found: false, value: undefined };
      node = mapGet(node, key);
    }
    return { found: true, value: node };
  };
  const op = match[2];
  if (op === undefined) return (item) => read(item).found;
  const literal = parseLiteral((match[3] ?? "").trim(), fail);
  return (item) => {
    const { found, value } = read(item);
    if (!found) return false;
    const left = isJavaNumber(value) ? numberValue(value) : value;
    switch (op) {
      case "==":
        return left === literal;
      case "!=":
        return left !== literal;
    }
    if (typeof left !== typeof literal || (typeof left !== "number" && typeof left !== "string")) return false;
    const l = left as number | string;
    const r = literal as number | string;
    return op === "<" ? l < r : op === "<=" ? l <= r : op === ">" ? l > r : l >= r;
  };
}

function parseLiteral(s: string, fail: (what: string) => never): unknown {
  if (s === "true") return true;
  if (s === "false") return false;
  if (s === "null") return null;
  if ((s.startsWith("'") && s.endsWith("'")) || (s.startsWith('"') && s.endsWith('"'))) return s.slice(1, -1);
  const n = Number(s);
  return Number.isNaN(n) || s === "" ? fail(`unsupported filter value ${s}`) : n;
}
