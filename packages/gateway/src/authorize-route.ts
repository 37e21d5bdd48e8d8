import type { RouteModel } from "@apigw-playground/routes";
import type { ApiRuntime } from "./api-runtime";
import { verifySignature } from "./authorize";
import { type RequestContext, setCallerIdentity } from "./context/request-context";
import type { MethodRequest } from "./request/method-request";
import type { GatewayFailure } from "./respond/failure";

/**
 * The authorize stage, on the functions of `authorize/`: SigV4 for AWS_IAM methods (the signer goes
 * into `$context.identity`), then the usage-plan gate (API key, throttle, quota; the key's id goes
 * into `$context.identity.apiKeyId`). IAM runs before the API key, as in API Gateway.
 */
export function authorizeRoute(
  runtime: ApiRuntime,
  route: RouteModel,
  request: MethodRequest,
  context: RequestContext,
  now: Date,
): GatewayFailure | undefined {
  if (route.auth.type === "AWS_IAM") {
    const signed = verifySignature(
      { method: request.method, rawPath: request.rawPath, rawQuery: request.rawQuery, headers: request.headers, body: request.body },
      { region: runtime.region, credentials: runtime.credentials, now },
    );
    if (!signed.ok) return signed.failure;
    setCallerIdentity(context, signed.value);
  }
  const usage = runtime.usagePlans.check(route, request.headers);
  if (!usage.ok) return usage.failure;
  if (usage.value.apiKeyId !== undefined) context.identity.apiKeyId = usage.value.apiKeyId;
  if (usage.value.apiKeyValue !== undefined) context.identity.apiKey = usage.value.apiKeyValue;
  return undefined;
}
