import { evaluateJsonPath, parseJson, toJsonString } from "@apigw-playground/vtl";
import type { RequestContext } from "../context/request-context";
import { allHeaderValues, lastHeader, type RequestHeaders } from "../request/method-request";
import type { QueryParameters } from "../request/query-string";

/** What the right-hand side of a parameter mapping can read. */
export interface MappingSources {
  context: RequestContext;
  stageVariables: Record<string, string>;
  methodRequest?: {
    readonly path: Record<string, string>;
    readonly query: QueryParameters;
    readonly headers: RequestHeaders;
    body(): string;
  };
  integrationResponse?: {
    /** Lower-cased names. */
    readonly headers: RequestHeaders;
    body(): string;
  };
}

/** A mapped value: multi-value sources give arrays. */
export type MappedValue = string | string[];

/**
 * Evaluates one mapping expression of `requestParameters` / `responseParameters` /
 * gateway-response parameters: `'static'`, `method.request.{path|querystring|multivaluequerystring|
 * header|multivalueheader}.NAME`, `method.request.body[.JSONPath]`, `integration.response.{header|
 * multivalueheader}.NAME`, `integration.response.body[.JSONPath]`, `context.a.b`, `stageVariables.x`.
 * Returns undefined when the source has no value (API Gateway then leaves the target unset).
 */
export function evaluateMappingExpression(expression: string, sources: MappingSources): MappedValue | undefined {
  if (expression.length >= 2 && expression.startsWith("'") && expression.endsWith("'")) return expression.slice(1, -1);
  if (expression.startsWith("method.request.")) return methodRequestValue(expression.slice(15), sources);
  if (expression.startsWith("integration.response.")) return integrationResponseValue(expression.slice(21), sources);
  if (expression.startsWith("stageVariables.")) return sources.stageVariables[expression.slice(15)];
  if (expression.startsWith("context.")) return contextValue(sources.context, expression.slice(8));
  return undefined;
}

function methodRequestValue(rest: string, sources: MappingSources): MappedValue | undefined {
  const request = sources.methodRequest;
  if (request === undefined) return undefined;
  if (rest === "body") return request.body();
  if (rest.startsWith("body.")) return bodyPath(request.body(), rest.slice(5));
  const dot = rest.indexOf(".");
  if (dot < 0) return undefined;
  const name = rest.slice(dot + 1);
  switch (rest.slice(0, dot)) {
    case "path":
      return request.path[name];
    case "querystring":
      return request.query.single[name];
    case "multivaluequerystring":
      return request.query.multi[name];
    case "header":
      return lastHeader(request.headers, name.toLowerCase());
    case "multivalueheader": {
      const values = allHeaderValues(request.headers, name.toLowerCase());
      return values.length === 0 ? undefined : values;
    }
    default:
      return undefined;
  }
}

function integrationResponseValue(rest: string, sources: MappingSources): MappedValue | undefined {
  const response = sources.integrationResponse;
  if (response === undefined) return undefined;
  if (rest === "body") return response.body();
  if (rest.startsWith("body.")) return bodyPath(response.body(), rest.slice(5));
  if (rest.startsWith("header.")) return lastHeader(response.headers, rest.slice(7).toLowerCase());
  if (rest.startsWith("multivalueheader.")) {
    const values = allHeaderValues(response.headers, rest.slice(17).toLowerCase());
    return values.length === 0 ? undefined : values;
  }
  return undefined;
}

/** `body.a.b[0]` is the JSONPath `$.a.b[0]` on the JSON body; non-string results are JSON text. */
function bodyPath(body: string, path: string): string | undefined {
  let document: unknown;
  try {
    document = parseJson(body);
  } catch {
    // A body that is not JSON has no fields: the mapping yields nothing, as in API Gateway.
    return undefined;
  }
  const value = evaluateJsonPath(document, path.startsWith("[") ? `$${path}` : `$.${path}`);
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : toJsonString(value);
}

function contextValue(context: RequestContext, path: string): string | undefined {
  let value: unknown = context;
  for (const name of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  if (value === undefined || value === null) return undefined;
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
