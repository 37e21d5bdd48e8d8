import type { ApiModel, RouteModel } from "@apigw-playground/routes";
import { arrayLiteral, concat, type Doc, type Member, objectLiteral } from "../print/doc";
import { propertyKey, stringLiteral } from "../print/identifiers";
import { contentKind } from "./mediaTypes";
import { pathPlaceholders } from "./pathParameters";

/**
 * The route's descriptor object (the runtime's `RouteDescriptor`), field by field as
 * packages/client/src/runtime/README.md maps them from the route model. `binaryMediaTypes`
 * names the module's shared constant.
 */
export function routeDescriptor(route: RouteModel, api: Pick<ApiModel, "binaryMediaTypes">): Doc {
  const field = (key: string, value: Doc): Member => ({ doc: concat(`${key}: `, value) });
  const named = (place: "query" | "header") =>
    arrayLiteral(
      route.parameters
        .filter((param) => param.in === place)
        .map((param) => objectLiteral([field("name", stringLiteral(param.name)), field("required", String(param.required))])),
    );
  const body = route.requestBody;
  const bodyKind = body === undefined ? "none" : contentKind(body.content, api.binaryMediaTypes) === "binary" ? "binary" : "json";
  const responses = Object.entries(route.responses).map(([status, response]) => {
    const kind = contentKind(response.content, api.binaryMediaTypes);
    const members = [field("kind", stringLiteral(kind))];
    // Only a binary response needs its media types: the runtime picks `Accept` from them.
    if (kind === "binary") members.push(field("mediaTypes", strings(Object.keys(response.content))));
    return field(propertyKey(status), objectLiteral(members));
  });

  return objectLiteral(
    [
      field("operationId", stringLiteral(route.operationId)),
      field("method", stringLiteral(route.method)),
      field("path", stringLiteral(route.path)),
      field(
        "pathParams",
        arrayLiteral(
          pathPlaceholders(route.path).map((param) =>
            objectLiteral([field("name", stringLiteral(param.name)), field("greedy", String(param.greedy))]),
          ),
        ),
      ),
      field("queryParams", named("query")),
      field("headerParams", named("header")),
      field(
        "body",
        objectLiteral([
          field("kind", stringLiteral(bodyKind)),
          field("required", String(body?.required ?? false)),
          field("mediaTypes", strings(Object.keys(body?.content ?? {}))),
        ]),
      ),
      field("apiKeyRequired", String(route.auth.apiKeyRequired)),
      field("responses", objectLiteral(responses)),
      { doc: "binaryMediaTypes" },
    ],
    true,
  );
}

function strings(values: string[]): Doc {
  return arrayLiteral(values.map(stringLiteral));
}
