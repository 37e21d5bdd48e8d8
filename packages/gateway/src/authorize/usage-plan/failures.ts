import type { GatewayFailure } from "../../respond/failure";

/*
 * API Gateway's answers for API keys and usage plans (its 403 troubleshooting guide:
 * `x-amzn-ErrorType: ForbiddenException`, `{"message":"Forbidden"}`; throttling and
 * quota answers are 429s).
 */

/** Missing, unknown or disabled key, or a key not in a usage plan for this stage. */
export function invalidApiKey(): GatewayFailure {
  return { responseType: "INVALID_API_KEY", statusCode: 403, errorType: "ForbiddenException", message: "Forbidden" };
}

/** Over the rate or burst of the key's plan (or of the account). */
export function throttled(): GatewayFailure {
  return { responseType: "THROTTLED", statusCode: 429, errorType: "TooManyRequestsException", message: "Too Many Requests" };
}

/** Over the key's quota for the current period. */
export function quotaExceeded(): GatewayFailure {
  return { responseType: "QUOTA_EXCEEDED", statusCode: 429, errorType: "LimitExceededException", message: "Limit Exceeded" };
}
