import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";

/** A segment of a path into the template: a map key or a sequence index. */
export type PathSegment = string | number;

/** 1-based line and column in the template source. */
export interface SourcePosition {
  line: number;
  column: number;
}

function child(node: unknown, segment: PathSegment): unknown {
  if (isMap(node)) {
    // Keys compare as strings: `200:` is a number in YAML but "200" once converted to JSON.
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
    return pair?.value ?? undefined;
  }
  if (isSeq(node) && typeof segment === "number") return node.items[segment];
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | undefined)?.range?.[0];
}

/**
 * The position of the deepest node along `path` that exists in the source. Paths that leave the
 * written document (values produced by `Fn::If`, inlined `$ref`s) fall back to their nearest
 * written ancestor.
 */
export function findPosition(root: unknown, lineCounter: LineCounter, path: readonly PathSegment[]): SourcePosition | undefined {
  let node = root;
  let found = rangeStart(node);
  for (const segment of path) {
    node = child(node, segment);
    if (node === undefined) break;
    found = rangeStart(node) ?? found;
  }
  if (found === undefined) return undefined;
  const { line, col } = lineCounter.linePos(found);
  return { line, column: col };
}
