import { lookupRef } from "../extract/openapi-refs";
import type { PathSegment } from "../parse/source-position";
import { isObject } from "../utils/json";
import type { ApiCheck, ApiRule } from "./rule";

function visit(check: ApiCheck, value: unknown, at: PathSegment[]): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) visit(check, item, [...at, i]);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (key === "$ref" && typeof item === "string") checkRef(check, item, [...at, key]);
    else visit(check, item, [...at, key]);
  }
}

function checkRef(check: ApiCheck, ref: string, at: PathSegment[]): void {
  if (!ref.startsWith("#/")) {
    check.report(at, `$ref ${ref} points outside the document; API Gateway imports only local references (#/components/...)`);
  } else if (lookupRef(check.document, ref) === undefined) {
    const kind = ref.startsWith("#/components/schemas/") ? "schema" : "component";
    check.report(at, `$ref to an unknown ${kind}: ${ref}`);
  }
}

/** Every `$ref` in the document resolves locally (schemas, parameters, responses, request bodies). */
export const checkSchemaRefs: ApiRule = (check) => {
  visit(check, check.document, check.source.documentPath);
};
