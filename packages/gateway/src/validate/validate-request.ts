import type { JsonSchema, RouteModel } from "@apigw-playground/routes";
import Ajv, { type ValidateFunction } from "ajv-draft-04";
import type { RequestHeaders } from "../request/method-request";
import { lastHeader } from "../request/method-request";
import type { QueryParameters } from "../request/query-string";
import type { GatewayFailure } from "../respond/failure";
import { badRequestBody, badRequestParameters } from "../respond/gateway-failures";
import { mediaTypeOf } from "../map/media-type";
import { validationErrorString } from "./schema-messages";

/** The parts of a request the validator reads. */
export interface ValidationInput {
  pathParameters: Record<string, string>;
  query: QueryParameters;
  headers: RequestHeaders;
  body: Buffer;
}

/**
 * Request validation for one API: the route's validator decides what is checked. Models are JSON
 * Schema draft 4 (API Gateway's dialect), compiled once per route and content type.
 */
export class RequestValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<JsonSchema, ValidateFunction>();

  constructor() {
    // strict: false — OpenAPI schemas carry keywords draft 4 does not know (example, nullable,
    // format: binary); API Gateway ignores them too. Formats are not checked (see README).
    // The route loader has already inlined every `$ref` to a model.
    this.ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, verbose: true });
  }

  /**
   * Required parameters first (present and not blank), then the body against the model mapped to
   * the request's content type (`$default` otherwise); with no model for it, the body is not checked.
   */
  validate(route: RouteModel, input: ValidationInput): GatewayFailure | undefined {
    const validator = route.validator;
    if (validator === undefined) return undefined;
    if (validator.validateRequestParameters) {
      const missing = missingParameters(route, input);
      if (missing.length > 0) return badRequestParameters(missing);
    }
    if (validator.validateRequestBody && route.requestBody !== undefined) {
      const contentType = mediaTypeOf(lastHeader(input.headers, "content-type")) ?? "application/json";
      const content = route.requestBody.content;
      const schema = (content[contentType] ?? content["$default"])?.schema;
      if (schema !== undefined) return this.validateBody(schema, input.body);
    }
    return undefined;
  }

  private validateBody(schema: JsonSchema, body: Buffer): GatewayFailure | undefined {
    let validate = this.compiled.get(schema);
    if (validate === undefined) {
      validate = this.ajv.compile(schema);
      this.compiled.set(schema, validate);
    }
    let document: unknown;
    try {
      // An empty body is validated as an empty object.
      document = body.length === 0 ? {} : JSON.parse(body.toString("utf8"));
    } catch (e) {
      return badRequestBody(`[Unable to parse the request body as JSON: ${e instanceof Error ? e.message : String(e)}]`);
    }
    if (validate(document)) return undefined;
    return badRequestBody(validationErrorString(validate.errors ?? []));
  }
}

/** Names of required parameters that are absent or blank, in API Gateway's order (by mapping key). */
function missingParameters(route: RouteModel, input: ValidationInput): string[] {
  const missing: { key: string; name: string }[] = [];
  for (const parameter of route.parameters) {
    if (!parameter.required) continue;
    let value: string | undefined;
    let location: string;
    switch (parameter.in) {
      case "path":
        value = input.pathParameters[parameter.name];
        location = "path";
        break;
      case "query":
        value = input.query.single[parameter.name];
        location = "querystring";
        break;
      case "header":
        value = lastHeader(input.headers, parameter.name.toLowerCase());
        location = "header";
        break;
    }
    if (value === undefined || value.trim() === "") missing.push({ key: `method.request.${location}.${parameter.name}`, name: parameter.name });
  }
  return missing.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((m) => m.name);
}
