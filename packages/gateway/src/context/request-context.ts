import type { CallerIdentity } from "../authorize";
import type { GatewayFailure } from "../respond/failure";
import { formatRequestTime } from "./request-time";

/** `$context.identity`. Fields API Gateway leaves empty for this kind of caller are null. */
export interface IdentityContext {
  accessKey: string | null;
  accountId: string | null;
  apiKey: string | null;
  apiKeyId: string | null;
  caller: string | null;
  cognitoAuthenticationProvider: null;
  cognitoAuthenticationType: null;
  cognitoIdentityId: null;
  cognitoIdentityPoolId: null;
  principalOrgId: null;
  sourceIp: string;
  user: string | null;
  userAgent: string | null;
  userArn: string | null;
}

/** `$context.error`, filled when a gateway response answers. */
export interface ErrorContext {
  message: string;
  /** The message as a quoted JSON string: `"Missing Authentication Token"`. */
  messageString: string;
  responseType: string;
  validationErrorString: string;
}

/** `$context` of one request, as mapping templates and parameter mappings see it. */
export interface RequestContext {
  accountId: string;
  apiId: string;
  deploymentId: string;
  domainName: string;
  domainPrefix: string;
  extendedRequestId: string;
  httpMethod: string;
  identity: IdentityContext;
  path: string;
  protocol: string;
  requestId: string;
  requestTime: string;
  requestTimeEpoch: number;
  resourceId: string | null;
  resourcePath: string | null;
  stage: string;
  error?: ErrorContext;
  [key: string]: unknown;
}

/** What `createRequestContext` needs. */
export interface RequestContextInput {
  accountId: string;
  apiId: string;
  deploymentId: string;
  stage: string;
  method: string;
  /** The path as received, stage included. */
  rawPath: string;
  host: string | undefined;
  userAgent: string | undefined;
  sourceIp: string;
  protocol: string;
  requestId: string;
  extendedRequestId: string;
  now: Date;
}

/** A fresh `$context` for a request (templates may modify it, so never share one). */
export function createRequestContext(input: RequestContextInput): RequestContext {
  const domainName = input.host ?? `${input.apiId}.execute-api.localhost`;
  return {
    accountId: input.accountId,
    apiId: input.apiId,
    deploymentId: input.deploymentId,
    domainName,
    domainPrefix: domainName.split(".")[0] ?? domainName,
    extendedRequestId: input.extendedRequestId,
    httpMethod: input.method,
    identity: {
      accessKey: null,
      accountId: null,
      apiKey: null,
      apiKeyId: null,
      caller: null,
      cognitoAuthenticationProvider: null,
      cognitoAuthenticationType: null,
      cognitoIdentityId: null,
      cognitoIdentityPoolId: null,
      principalOrgId: null,
      sourceIp: input.sourceIp,
      user: null,
      userAgent: input.userAgent ?? null,
      userArn: null,
    },
    path: input.rawPath,
    protocol: input.protocol,
    requestId: input.requestId,
    requestTime: formatRequestTime(input.now),
    requestTimeEpoch: input.now.getTime(),
    resourceId: null,
    resourcePath: null,
    stage: input.stage,
  };
}

/** Records the signer in `$context.identity` (AWS_IAM methods). */
export function setCallerIdentity(context: RequestContext, caller: CallerIdentity): void {
  context.identity.accessKey = caller.accessKey;
  context.identity.accountId = caller.accountId;
  context.identity.caller = caller.caller;
  context.identity.user = caller.user;
  context.identity.userArn = caller.userArn;
}

/** Fills `$context.error` for the gateway response that answers a failure. */
export function setErrorContext(context: RequestContext, failure: GatewayFailure): void {
  context.error = {
    message: failure.message,
    messageString: JSON.stringify(failure.message),
    responseType: failure.responseType,
    validationErrorString: failure.validationErrorString ?? "",
  };
}
