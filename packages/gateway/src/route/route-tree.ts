import type { RouteModel } from "@apigw-playground/routes";

/** One API Gateway resource (a path) and the methods defined on it. */
export interface ResourceNode {
  /** The resource path, e.g. `/items/{id}`. */
  path: string;
  literals: Map<string, ResourceNode>;
  params: { name: string; node: ResourceNode }[];
  /** `{name+}`: matches the rest of the path (one or more segments); always a leaf. */
  greedy?: { name: string; node: ResourceNode };
  /** By method; `ANY` is `x-amazon-apigateway-any-method`. */
  methods: Map<string, RouteModel>;
}

function newNode(path: string): ResourceNode {
  return { path, literals: new Map(), params: [], methods: new Map() };
}

/** Builds the resource tree of an API from its routes (one node per path segment). */
export function buildRouteTree(routes: readonly RouteModel[]): ResourceNode {
  const root = newNode("/");
  for (const route of routes) {
    let node = root;
    let path = "";
    for (const segment of route.path.split("/")) {
      if (segment === "") continue;
      path += `/${segment}`;
      node = childFor(node, segment, path);
    }
    node.methods.set(route.method, route);
  }
  return root;
}

function childFor(node: ResourceNode, segment: string, path: string): ResourceNode {
  const greedy = /^\{(.+)\+\}$/.exec(segment);
  if (greedy) {
    node.greedy ??= { name: greedy[1]!, node: newNode(path) };
    return node.greedy.node;
  }
  const param = /^\{(.+)\}$/.exec(segment);
  if (param) {
    let entry = node.params.find((p) => p.name === param[1]);
    if (entry === undefined) {
      entry = { name: param[1]!, node: newNode(path) };
      node.params.push(entry);
    }
    return entry.node;
  }
  let child = node.literals.get(segment);
  if (child === undefined) {
    child = newNode(path);
    node.literals.set(segment, child);
  }
  return child;
}
