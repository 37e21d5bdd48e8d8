import type { ApiModel, JsonSchema, ParameterModel, RouteModel } from "@apigw-playground/routes";
import { concat, type Member, typeLiteral } from "../print/doc";
import { propertyKey, stringLiteral } from "../print/identifiers";
import type { ModuleScope, Statement } from "../module/moduleScope";
import { isObject } from "../schema/json";
import { schemaComment } from "../schema/schemaComment";
import { arrayOf, atom, type TypeDoc, unionOf } from "../schema/schemaToType";
import { contentKind, jsonMedia } from "./mediaTypes";
import { pathPlaceholders } from "./pathParameters";

type ParameterPlace = ParameterModel["in"];

/**
 * The input type of a route, as the runtime contract shapes it: `{ method?, path?, query?,
 * headers?, body?, contentType? }` with only the keys the route has, each optional when none
 * of its members is required. `undefined` for a route that takes nothing.
 */
export function routeInputType(
  route: RouteModel,
  api: Pick<ApiModel, "binaryMediaTypes">,
  scope: ModuleScope,
  names: { body: string },
  declarations: Statement[],
): TypeDoc | undefined {
  const members: Member[] = [];
  const add = (key: string, required: boolean, type: TypeDoc, comment?: Member["comment"]) =>
    members.push({ doc: concat(key, required ? ": " : "?: ", type.doc), comment });

  if (route.method === "ANY") add("method", true, atom(scope.runtime("HttpMethod")), { paragraphs: ["The HTTP method: an ANY route takes any."] });

  const declared = (place: ParameterPlace) => route.parameters.filter((param) => param.in === place);
  const pathParams = pathPlaceholders(route.path).map(
    ({ name }): ParameterModel => declared("path").find((param) => param.name === name) ?? { name, in: "path", required: true },
  );
  // Path parameters are always required: API Gateway matches no route without them.
  const groups: Array<[key: string, place: ParameterPlace, params: ParameterModel[]]> = [
    ["path", "path", pathParams.map((param) => ({ ...param, required: true }))],
    ["query", "query", declared("query")],
    ["headers", "header", declared("header")],
  ];
  for (const [key, place, params] of groups) {
    const members = params.map((param) => parameterMember(param, place));
    // A proxy integration passes the whole query string on, declared or not (API Gateway's
    // HTTP_PROXY/AWS_PROXY behaviour), so the input takes any query parameter too.
    if (place === "query" && isProxy(route)) {
      const value = `${scope.runtime("QueryValue")} | readonly QueryValue[] | undefined`;
      if (members.length === 0) {
        add(key, false, atom(`Readonly<Record<string, ${value}>>`), { paragraphs: ["Passed on to the integration as they are."] });
        continue;
      }
      members.push({ doc: `[name: string]: ${value}` });
    }
    if (members.length === 0) continue;
    add(key, params.some((param) => param.required), atom(typeLiteral(members)));
  }

  const body = route.requestBody;
  if (body !== undefined) {
    const kind = contentKind(body.content, api.binaryMediaTypes);
    if (kind === "binary") {
      add("body", body.required, atom(scope.runtime("BinaryBody")));
      // A declared Content-Type header parameter already says what the body is (the runtime
      // lets it win); a second way to say it would only confuse.
      if (!declared("header").some((param) => param.name.toLowerCase() === "content-type")) {
        add("contentType", false, contentTypeOf(Object.keys(body.content)), {
          paragraphs: [
            "Sent as Content-Type.",
            "@default the first declared type that is one of the API's binary media types, else the first of those, else application/octet-stream",
          ],
        });
      }
    } else {
      add("body", body.required, scope.payloadType(jsonMedia(body.content), names.body, declarations));
    }
  }
  return members.length === 0 ? undefined : atom(typeLiteral(members));
}

function isProxy(route: RouteModel): boolean {
  return route.integration.type === "HTTP_PROXY" || route.integration.type === "AWS_PROXY";
}

function parameterMember(param: ParameterModel, place: ParameterPlace): Member {
  const lead = param.description === undefined ? [] : [param.description];
  return {
    doc: concat(propertyKey(param.name), param.required ? ": " : "?: ", parameterType(param.schema, place).doc),
    comment: schemaComment(param.schema, lead),
  };
}

/**
 * A parameter's value type. Values travel as text, so the runtime takes `string | number`
 * in paths and headers and adds `boolean` and arrays (repeated keys) in queries: an integer
 * becomes `number`, an enum a union of its literals, a boolean path or header value
 * `"true" | "false"`, an array outside the query string (or anything else) `string`.
 */
export function parameterType(schema: JsonSchema | undefined, place: ParameterPlace): TypeDoc {
  const s: JsonSchema = schema ?? {};
  if (Array.isArray(s.enum)) {
    const literals = s.enum.flatMap((value) => literalFor(value, place));
    if (literals.length > 0) return unionOf(literals);
  }
  switch (s.type) {
    case "integer":
    case "number":
      return atom("number");
    case "boolean":
      return place === "query" ? atom("boolean") : unionOf([atom('"true"'), atom('"false"')]);
    case "array":
      return place === "query" && isObject(s.items) && s.items.type !== "array"
        ? arrayOf(parameterType(s.items, place), "readonly ")
        : place === "query"
          ? arrayOf(atom("string"), "readonly ")
          : atom("string");
    default:
      return atom("string");
  }
}

function literalFor(value: unknown, place: ParameterPlace): TypeDoc[] {
  if (typeof value === "string") return [atom(stringLiteral(value))];
  if (typeof value === "number" && Number.isFinite(value)) return [atom(String(value))];
  if (typeof value === "boolean") return [atom(place === "query" ? String(value) : stringLiteral(String(value)))];
  return [];
}

/** The declared media types as a union, or `string` when one of them is a range (`*\/*`, `image/*`). */
function contentTypeOf(mediaTypes: string[]): TypeDoc {
  if (mediaTypes.some((type) => type.includes("*"))) return atom("string");
  return unionOf(mediaTypes.map((type) => atom(stringLiteral(type))));
}
