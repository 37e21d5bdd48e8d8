import type { GatewayResponseType } from "@apigw-playground/routes";

/**
 * A request the gateway itself refuses or cannot complete. Every pipeline stage reports
 * problems as one of these; the gateway-response stage turns it into API Gateway's answer
 * (status, `{"message": ...}` or the API's override template, `x-amzn-ErrorType`).
 */
export interface GatewayFailure {
  /** The gateway response that answers; when the API has no override for it, DEFAULT_4XX/DEFAULT_5XX apply. */
  responseType: GatewayResponseType;
  /** The status API Gateway uses for this failure (a template override may change it). */
  statusCode: number;
  /** The `x-amzn-ErrorType` value, e.g. `InvalidSignatureException`. */
  errorType: string;
  /** `$context.error.message`: what the caller sees in `{"message": ...}`. */
  message: string;
  /** Extra headers API Gateway adds for this failure (e.g. none for most). */
  headers?: Record<string, string>;
  /** `$context.error.validationErrorString`, for BAD_REQUEST_BODY. */
  validationErrorString?: string;
}
