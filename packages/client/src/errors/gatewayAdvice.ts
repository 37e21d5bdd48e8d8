/** What the client knows about how it signed the request, for advice on auth failures. */
export interface SigningContext {
  region: string;
  accessKeyId?: string;
  /** The request's `x-amz-date`. */
  signedAt?: string;
}

interface AdviceRule {
  matches(errorType: string, message: string): boolean;
  advise(context: SigningContext): string;
}

// Ordered: the expired-signature rule must win over the generic signature-mismatch one,
// since API Gateway reports both as InvalidSignatureException.
const rules: AdviceRule[] = [
  {
    matches: (_type, message) => /signature expired/i.test(message),
    advise: ({ signedAt }) =>
      `API Gateway accepts a signature for 5 minutes around its own clock; this request was signed at ${signedAt ?? "an unknown time"}: check this machine's clock.`,
  },
  {
    matches: (type, message) =>
      type === "InvalidSignatureException" || /signature we calculated does not match/i.test(message),
    advise: ({ region, accessKeyId }) =>
      `The usual causes: the API is not in ${region} (the region the client signs for), the secret key does not belong to access key ${accessKeyId ?? "(unknown)"}, or this machine's clock is off.`,
  },
  {
    matches: (type, message) => type === "IncompleteSignatureException" || /authorization header requires/i.test(message),
    advise: () => "Something between the client and API Gateway changed the Authorization, Host or X-Amz-Date header: check proxies.",
  },
  {
    matches: (type, message) => type === "MissingAuthenticationTokenException" || /missing authentication token/i.test(message),
    advise: () =>
      "API Gateway answers this for a path or method the API does not have: check the stage in the base URL and the route (it is also the answer to an unsigned call to an IAM route).",
  },
  {
    matches: (type, message) => type === "ExpiredTokenException" || /security token included in the request is expired/i.test(message),
    advise: () => "The session credentials have expired: refresh them (`aws sso login`, or assume the role again).",
  },
  {
    matches: (type, message) => type === "UnrecognizedClientException" || /security token included in the request is invalid/i.test(message),
    advise: ({ accessKeyId }) =>
      `AWS does not know access key ${accessKeyId ?? "(unknown)"} or its session token: check the credentials the client uses (AWS_PROFILE, AWS_ACCESS_KEY_ID).`,
  },
  {
    matches: (_type, message) => /not authorized to perform: execute-api:Invoke/i.test(message),
    advise: () => "Allow execute-api:Invoke on this API's ARN in the caller's IAM policy (or the API's resource policy).",
  },
  {
    matches: (type, message) => type === "ForbiddenException" && /^forbidden$/i.test(message.trim()),
    advise: () => "For a route that needs an API key, pass the apiKey option (sent as x-api-key); otherwise check the API's resource policy.",
  },
  {
    matches: (type) => type === "TooManyRequestsException",
    advise: () => "API Gateway throttled the call (stage, usage plan or account rate): slow down, or allow more attempts with retry.maxAttempts.",
  },
  {
    matches: (type) => type === "LimitExceededException",
    advise: () => "The usage plan's quota for this API key is used up: wait for the next period or raise the quota.",
  },
];

/**
 * One sentence telling the user what to do about an error API Gateway raised itself,
 * or undefined when the error needs no explanation beyond its own message.
 */
export function gatewayAdvice(errorType: string, message: string, context: SigningContext): string | undefined {
  return rules.find((rule) => rule.matches(errorType, message))?.advise(context);
}
