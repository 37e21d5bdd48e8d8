import type { HttpMethod } from "../model";
import type { PathSegment } from "../parse/source-position";
import { asObject, isObject, type JsonObject } from "../utils/json";

/** OpenAPI operation keys API Gateway reads, and the method each one stands for. */
export const OPERATION_METHODS: Record<string, HttpMethod | "ANY"> = {
  get: "GET",
  put: "PUT",
  post: "POST",
  delete: "DELETE",
  options: "OPTIONS",
  head: "HEAD",
  patch: "PATCH",
  "x-amazon-apigateway-any-method": "ANY",
};

/** One operation of an OpenAPI document, with where it sits. */
export interface OperationEntry {
  /** `GET /items/{id}`. */
  label: string;
  method: HttpMethod | "ANY";
  path: string;
  operation: JsonObject;
  pathItem: JsonObject;
  /** Path of the operation inside the template (`Resources.Api.Properties.DefinitionBody.paths./x.get`). */
  at: PathSegment[];
}

/** The operations of `document` in document order (paths, then methods as written). */
export function listOperations(document: JsonObject, documentPath: readonly PathSegment[]): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, pathItem] of Object.entries(asObject(document.paths))) {
    if (!isObject(pathItem)) continue;
    for (const [key, operation] of Object.entries(pathItem)) {
      const method = OPERATION_METHODS[key.toLowerCase()];
      if (!method || !isObject(operation)) continue;
      entries.push({ label: `${method} ${path}`, method, path, operation, pathItem, at: [...documentPath, "paths", path, key] });
    }
  }
  return entries;
}
