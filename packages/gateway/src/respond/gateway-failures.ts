import type { GatewayFailure } from "./failure";

// The failures the gateway core raises itself (the authorize stage has its own in authorize/).
// Statuses and messages are API Gateway's; error types follow LocalStack's AWS-validated
// execute-api implementation where AWS does not document them.

/** No stage, resource or method matches: REST APIs answer this even for IAM-protected APIs. */
export function missingAuthenticationToken(): GatewayFailure {
  return {
    responseType: "MISSING_AUTHENTICATION_TOKEN",
    statusCode: 403,
    errorType: "MissingAuthenticationTokenException",
    message: "Missing Authentication Token",
  };
}

/** Required parameters absent or blank: `Missing required request parameters: [a, b]`. */
export function badRequestParameters(missing: readonly string[]): GatewayFailure {
  return {
    responseType: "BAD_REQUEST_PARAMETERS",
    statusCode: 400,
    errorType: "BadRequestException",
    message: `Missing required request parameters: [${missing.join(", ")}]`,
  };
}

/** The body does not match the model of its content type. */
export function badRequestBody(validationErrorString: string): GatewayFailure {
  return {
    responseType: "BAD_REQUEST_BODY",
    statusCode: 400,
    errorType: "BadRequestException",
    message: "Invalid request body",
    validationErrorString,
  };
}

/** A request template read a body that is not JSON (`$input.json`/`$input.path`). */
export function unparsableRequestBody(message: string): GatewayFailure {
  return { responseType: "BAD_REQUEST_BODY", statusCode: 400, errorType: "BadRequestException", message };
}

/** No request template for the content type and the passthrough behaviour forbids passing it through. */
export function unsupportedMediaType(): GatewayFailure {
  return {
    responseType: "UNSUPPORTED_MEDIA_TYPE",
    statusCode: 415,
    // LocalStack's AWS-validated suite records BadRequestException here, not UnsupportedMediaTypeException.
    errorType: "BadRequestException",
    message: "Unsupported Media Type",
  };
}

/** The maximum payload of a REST API request, 10 MB. */
export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

/** The body is over 10 MB (API Gateway's wording, as seen in the wild). */
export function requestTooLarge(): GatewayFailure {
  return {
    responseType: "REQUEST_TOO_LARGE",
    statusCode: 413,
    errorType: "RequestTooLargeException",
    message: `HTTP content length exceeded ${MAX_REQUEST_BYTES} bytes.`,
  };
}

/** The integration did not answer within `timeoutInMillis`. */
export function integrationTimeout(): GatewayFailure {
  return {
    responseType: "INTEGRATION_TIMEOUT",
    statusCode: 504,
    errorType: "InternalServerErrorException",
    message: "Endpoint request timed out",
  };
}

/** The connection to the integration broke (reset, TLS failure). */
export function integrationFailure(): GatewayFailure {
  return {
    responseType: "INTEGRATION_FAILURE",
    statusCode: 504,
    errorType: "InternalServerErrorException",
    message: "Network error communicating with endpoint",
  };
}

/**
 * "Execution failed due to configuration error": no integration response matches and there is no
 * default, the endpoint address is invalid or unreachable, base64 conversion failed, a MOCK
 * template has no `statusCode`.
 */
export function apiConfigurationError(): GatewayFailure {
  return {
    responseType: "API_CONFIGURATION_ERROR",
    statusCode: 500,
    errorType: "InternalServerErrorException",
    message: "Internal server error",
  };
}

/** Any other failure inside the gateway (a mapping template that throws, an integration not implemented). */
export function internalServerError(): GatewayFailure {
  return {
    responseType: "DEFAULT_5XX",
    statusCode: 500,
    errorType: "InternalServerErrorException",
    message: "Internal server error",
  };
}
