import type { RequestValidatorModel } from "../model";
import { asObject, type JsonObject } from "../utils/json";

/** `x-amazon-apigateway-request-validators`, keyed by name (flags default to false). */
export function extractValidators(document: JsonObject): Record<string, RequestValidatorModel> {
  const out: Record<string, RequestValidatorModel> = {};
  for (const [name, raw] of Object.entries(asObject(document["x-amazon-apigateway-request-validators"]))) {
    const value = asObject(raw);
    out[name] = {
      name,
      validateRequestBody: value.validateRequestBody === true,
      validateRequestParameters: value.validateRequestParameters === true,
    };
  }
  return out;
}

/** The validator in force: the operation's `x-amazon-apigateway-request-validator`, else the document's. */
export function validatorFor(
  operation: JsonObject,
  document: JsonObject,
  validators: Record<string, RequestValidatorModel>,
): RequestValidatorModel | undefined {
  const name = operation["x-amazon-apigateway-request-validator"] ?? document["x-amazon-apigateway-request-validator"];
  return typeof name === "string" ? validators[name] : undefined;
}
