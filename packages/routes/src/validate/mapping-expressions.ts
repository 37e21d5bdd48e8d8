/** `'static value'`: a literal in single quotes. */
export function isStaticValue(value: string): boolean {
  return value.length >= 2 && value.startsWith("'") && value.endsWith("'");
}

/** `context.x` and `stageVariables.x`, allowed as a source on both sides. */
export const CONTEXT_OR_STAGE_VARIABLE = /^(context|stageVariables)\.[A-Za-z0-9._$-]+$/;

/** `method.request.{location}.{name}` → the OpenAPI parameter location it reads. */
export const METHOD_REQUEST_SOURCE = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.(.+)$/;

/** OpenAPI `in` for each method request location. */
export const SOURCE_LOCATION: Record<string, "path" | "query" | "header"> = {
  path: "path",
  querystring: "query",
  multivaluequerystring: "query",
  header: "header",
  multivalueheader: "header",
};
