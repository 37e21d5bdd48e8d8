import type { ApiModel, ResponseModel, RouteModel } from "@apigw-playground/routes";
import type { ModuleScope, Statement } from "../module/moduleScope";
import { atom, type TypeDoc, unionOf, unknownType } from "../schema/schemaToType";
import { contentKind, jsonMedia } from "./mediaTypes";
import { statusName } from "./statusNames";

/** What a route's call resolves to and the error bodies it declares. */
export interface RouteResults {
  /** The union over the declared 2xx responses (`default` when there is none; `unknown` without either). */
  output: TypeDoc;
  /** Declared non-2xx statuses, ascending, with their body types: `TErrors` of defineOperation. */
  errors: Array<{ status: number; type: TypeDoc; description?: string | undefined }>;
}

const success = /^2\d\d$/;
const status = /^[1-5]\d\d$/;

/**
 * The output and error types of a route from its responses: a JSON body is its model (or a
 * declared `<OperationId>Output` / `<OperationId><Status>` type), a binary one `BinaryResult`,
 * no content `undefined`.
 */
export function routeResults(
  route: RouteModel,
  api: Pick<ApiModel, "binaryMediaTypes">,
  scope: ModuleScope,
  typePrefix: string,
  declarations: Statement[],
): RouteResults {
  const responses = Object.values(route.responses);
  const bodyType = (response: ResponseModel, preferredName: string): TypeDoc => {
    switch (contentKind(response.content, api.binaryMediaTypes)) {
      case "empty":
        return atom("undefined");
      case "binary":
        return atom(scope.runtime("BinaryResult"));
      case "json":
        return scope.payloadType(jsonMedia(response.content), preferredName, declarations);
    }
  };

  const successes = responses.filter((response) => success.test(response.statusCode));
  const fallback = responses.find((response) => response.statusCode === "default");
  const outputs = successes.length > 0 ? successes : fallback ? [fallback] : [];
  const output =
    outputs.length === 0
      ? unknownType
      : unionOf(outputs.map((response, i) => bodyType(response, `${typePrefix}${i === 0 ? "Output" : statusName(response.statusCode)}`)));

  const errors = responses
    .filter((response) => status.test(response.statusCode) && !success.test(response.statusCode))
    .sort((a, b) => Number(a.statusCode) - Number(b.statusCode))
    .map((response) => ({
      status: Number(response.statusCode),
      type: bodyType(response, `${typePrefix}${statusName(response.statusCode)}`),
      description: response.description,
    }));
  return { output, errors };
}
