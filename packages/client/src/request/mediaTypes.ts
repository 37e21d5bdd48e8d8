import type { OperationInput, RouteDescriptor } from "../runtime/contract";

const octetStream = "application/octet-stream";
const json = "application/json";

/** `image/png` matches `image/png`, `image/*` and `*\/*` (parameters ignored, case-insensitive). */
export function matchesMediaType(type: string, pattern: string): boolean {
  const [t = "", s = ""] = type.split(";")[0]!.trim().toLowerCase().split("/");
  const [pt = "", ps = ""] = pattern.split(";")[0]!.trim().toLowerCase().split("/");
  return (pt === "*" || pt === t) && (ps === "*" || ps === s);
}

const concrete = (type: string) => !type.includes("*");

/** The declared 2xx response with the lowest status (or `default`), if any. */
export function successResponse(route: RouteDescriptor) {
  const statuses = Object.keys(route.responses)
    .filter((s) => /^2\d\d$/.test(s))
    .sort();
  const key = statuses[0] ?? ("default" in route.responses ? "default" : undefined);
  return key === undefined ? undefined : route.responses[key];
}

/**
 * The `Accept` header. API Gateway honours only the first Accept type when it decides
 * whether to return a binary body (API Gateway docs, "Content type conversions"), so a
 * binary route sends exactly one concrete type that is in the API's binaryMediaTypes.
 */
export function acceptFor(route: RouteDescriptor): string {
  let accept = acceptByRoute.get(route);
  if (accept === undefined) {
    accept = chooseAccept(route);
    acceptByRoute.set(route, accept);
  }
  return accept;
}

// Descriptors are constants of the generated modules: work their Accept out once.
const acceptByRoute = new WeakMap<RouteDescriptor, string>();

function chooseAccept(route: RouteDescriptor): string {
  const success = successResponse(route);
  if (success?.kind !== "binary") return json;
  const declared = (success.mediaTypes ?? []).filter(concrete);
  return (
    declared.find((t) => route.binaryMediaTypes.some((b) => matchesMediaType(t, b))) ??
    declared[0] ??
    route.binaryMediaTypes.find(concrete) ??
    octetStream
  );
}

/**
 * The request's `Content-Type`. A binary body must carry one of binaryMediaTypes for
 * API Gateway to pass it through as bytes rather than as UTF-8 text.
 */
export function contentTypeFor(route: RouteDescriptor, input: OperationInput | undefined): string | undefined {
  switch (route.body.kind) {
    case "none":
      return undefined;
    case "json":
      return json;
    case "binary": {
      const declared = route.body.mediaTypes.filter(concrete);
      return (
        input?.contentType ??
        declared.find((t) => route.binaryMediaTypes.some((b) => matchesMediaType(t, b))) ??
        declared[0] ??
        route.binaryMediaTypes.find(concrete) ??
        octetStream
      );
    }
  }
}
