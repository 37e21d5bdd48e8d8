import type { RouteModel } from "@apigw-playground/routes";
import type { ResourceNode } from "./route-tree";

/** The route a request reaches and its path parameters (decoded). */
export interface RouteMatch {
  route: RouteModel;
  pathParameters: Record<string, string>;
}

/** The part of a request path after the stage, split the way API Gateway routes it. */
export interface ResourceTarget {
  /** Decoded path segments after the stage; a trailing slash is ignored, as API Gateway does. */
  segments: string[];
  /** The path after the stage, still percent-encoded (`$context.path` minus the stage). */
  rawResourcePath: string;
}

/**
 * Splits `/{stage}/a/b%20c/` into its stage and resource segments. Returns undefined when the
 * first segment is not the stage (API Gateway answers 403 Missing Authentication Token).
 */
export function resourceTarget(rawPath: string, stage: string): ResourceTarget | undefined {
  const prefix = `/${stage}`;
  if (!rawPath.startsWith(prefix)) return undefined;
  const rest = rawPath.slice(prefix.length);
  if (rest !== "" && rest[0] !== "/") return undefined;
  // A trailing slash names the same resource (`/v1/items/` is `/items`).
  let end = rest.length;
  while (end > 0 && rest[end - 1] === "/") end--;
  const trimmed = rest.slice(0, end);
  const segments = trimmed === "" ? [] : trimmed.slice(1).split("/").map(decodeSegment);
  return { segments, rawResourcePath: rest === "" ? "/" : rest };
}

function decodeSegment(segment: string): string {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape cannot be decoded; API Gateway routes the segment as written.
    return segment;
  }
}

/**
 * Finds the route for a method and path as API Gateway REST APIs do: at each level a literal
 * segment beats a `{param}`, which beats a greedy `{proxy+}` (one or more segments); the method
 * must be defined on the resource, or `ANY` is. When the most specific resource lacks the method,
 * less specific ones are tried. HEAD is not implied by GET.
 */
export function matchRoute(root: ResourceNode, method: string, segments: readonly string[]): RouteMatch | undefined {
  const params: Record<string, string> = {};
  const route = walk(root, segments, 0, (node) => node.methods.get(method) ?? node.methods.get("ANY"), params);
  return route === undefined ? undefined : { route, pathParameters: params };
}

/** The resource a path names, whatever its methods (for CORS preflights). */
export function matchResource(root: ResourceNode, segments: readonly string[]): ResourceNode | undefined {
  return walk(root, segments, 0, (node) => (node.methods.size > 0 ? node : undefined), {});
}

function walk<T>(
  node: ResourceNode,
  segments: readonly string[],
  index: number,
  accept: (node: ResourceNode) => T | undefined,
  params: Record<string, string>,
): T | undefined {
  if (index === segments.length) return accept(node);
  const segment = segments[index]!;
  const literal = node.literals.get(segment);
  if (literal !== undefined) {
    const found = walk(literal, segments, index + 1, accept, params);
    if (found !== undefined) return found;
  }
  if (segment !== "") {
    for (const param of node.params) {
      const found = walk(param.node, segments, index + 1, accept, params);
      if (found !== undefined) {
        params[param.name] = segment;
        return found;
      }
    }
  }
  if (node.greedy !== undefined && segment !== "") {
    const found = accept(node.greedy.node);
    if (found !== undefined) {
      params[node.greedy.name] = segments.slice(index).join("/");
      return found;
    }
  }
  return undefined;
}
