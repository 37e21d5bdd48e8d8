import type { CorsModel } from "@apigw-playground/routes";
import type { ResourceNode } from "../route/route-tree";
import type { GatewayAnswer } from "./answer";

/**
 * The OPTIONS answer SAM generates for an API with `Cors` (a MOCK method on every path): 200 with
 * the configured Access-Control-* headers. Without `AllowMethods`, the methods defined on the path
 * plus OPTIONS, as SAM lists them.
 */
export function corsPreflight(cors: CorsModel, resource: ResourceNode): GatewayAnswer {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  headers["Access-Control-Allow-Origin"] = cors.allowOrigin ?? "*";
  headers["Access-Control-Allow-Methods"] = cors.allowMethods ?? allowedMethods(resource);
  if (cors.allowHeaders !== undefined) headers["Access-Control-Allow-Headers"] = cors.allowHeaders;
  if (cors.maxAge !== undefined) headers["Access-Control-Max-Age"] = cors.maxAge;
  if (cors.allowCredentials === true) headers["Access-Control-Allow-Credentials"] = "true";
  return { status: 200, headers, body: "" };
}

function allowedMethods(resource: ResourceNode): string {
  const methods = new Set<string>();
  for (const method of resource.methods.keys()) {
    if (method === "ANY") for (const m of ["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"]) methods.add(m);
    else methods.add(method);
  }
  methods.add("OPTIONS");
  return [...methods].sort().join(",");
}
