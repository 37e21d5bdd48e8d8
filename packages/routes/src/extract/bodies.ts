import type { MediaTypeModel, RequestBodyModel, ResponseModel } from "../model";
import { asObject, isObject, type JsonObject } from "../utils/json";
import { followRef, inlineSchema, schemaRefName } from "./openapi-refs";

function mediaTypes(content: unknown, document: JsonObject): Record<string, MediaTypeModel> {
  const out: Record<string, MediaTypeModel> = {};
  for (const [mediaType, entry] of Object.entries(asObject(content))) {
    const schema = asObject(entry).schema;
    const model: MediaTypeModel = {};
    if (isObject(schema)) {
      model.schema = inlineSchema(schema, document);
      const name = schemaRefName(schema.$ref);
      if (name !== undefined) model.modelName = name;
    }
    out[mediaType] = model;
  }
  return out;
}

/** The operation's `requestBody` (following a `$ref` to `components.requestBodies`). */
export function extractRequestBody(operation: JsonObject, document: JsonObject): RequestBodyModel | undefined {
  const body = followRef(operation.requestBody, document);
  if (!body) return undefined;
  return { required: body.required === true, content: mediaTypes(body.content, document) };
}

/** The operation's `responses`, keyed by status code as written, with schemas inlined. */
export function extractResponses(operation: JsonObject, document: JsonObject): Record<string, ResponseModel> {
  const out: Record<string, ResponseModel> = {};
  for (const [statusCode, raw] of Object.entries(asObject(operation.responses))) {
    const response = followRef(raw, document) ?? {};
    const headers: ResponseModel["headers"] = {};
    for (const [name, header] of Object.entries(asObject(response.headers))) {
      const schema = followRef(header, document)?.schema;
      headers[name] = isObject(schema) ? { schema: inlineSchema(schema, document) } : {};
    }
    const model: ResponseModel = { statusCode, headers, content: mediaTypes(response.content, document) };
    if (typeof response.description === "string") model.description = response.description;
    out[statusCode] = model;
  }
  return out;
}
