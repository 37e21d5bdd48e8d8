import type { RequestValidatorModel, RouteModel } from "../model";
import type { JsonObject } from "../utils/json";
import { extractAuth, type SamAuthDefaults } from "./auth";
import { extractRequestBody, extractResponses } from "./bodies";
import { extractIntegration } from "./integration";
import type { OperationEntry } from "./operations";
import { extractParameters } from "./parameters";
import { validatorFor } from "./validators";

/** One route per OpenAPI operation, in document order. */
export function extractRoutes(
  operations: OperationEntry[],
  document: JsonObject,
  sam: SamAuthDefaults,
  validators: Record<string, RequestValidatorModel>,
): RouteModel[] {
  return operations.map(({ operation, pathItem, method, path }) => {
    const route: RouteModel = {
      operationId: typeof operation.operationId === "string" ? operation.operationId : "",
      method,
      path,
      parameters: extractParameters(pathItem, operation, document),
      responses: extractResponses(operation, document),
      auth: extractAuth(operation, method, document, sam),
      integration: extractIntegration(operation["x-amazon-apigateway-integration"]),
    };
    if (typeof operation.summary === "string") route.summary = operation.summary;
    if (typeof operation.description === "string") route.description = operation.description;
    const requestBody = extractRequestBody(operation, document);
    if (requestBody) route.requestBody = requestBody;
    const validator = validatorFor(operation, document, validators);
    if (validator) route.validator = validator;
    return route;
  });
}
