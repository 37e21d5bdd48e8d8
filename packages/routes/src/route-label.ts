import type { RouteModel } from "./model";

/**
 * How routes are named in messages and problems: `GET /items/{id}`.
 * @example routeLabel({ method: "GET", path: "/items/{id}", ... }) // "GET /items/{id}"
 */
export function routeLabel(route: Pick<RouteModel, "method" | "path">): string {
  return `${route.method} ${route.path}`;
}
