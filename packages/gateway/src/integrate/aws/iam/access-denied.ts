import { randomUUID } from "node:crypto";
import type { EndpointResponse } from "../../integration";
import type { PolicyDecision } from "./evaluate-policy";

/** Who was refused what, for the service-shaped answer. */
export interface Refusal {
  /** The IAM service prefix of the call (`dynamodb`, `s3`, …). */
  service: string;
  action: string;
  resource: string;
  /** `arn:aws:sts::{account}:assumed-role/{role}/{session}`. */
  principal: string;
  decision: Exclude<PolicyDecision, "allow">;
  /** The integration request's Accept (SNS answers JSON under `application/json`). */
  accept?: string;
}

/**
 * The answer the service gives when IAM refuses the call, in its own protocol, so that it flows
 * through the integration responses like any service error (the status is what `selectionPattern`
 * sees):
 * - DynamoDB, Step Functions, EventBridge: 400 `AccessDeniedException` (AWS JSON);
 * - SQS: 403 `AccessDeniedException` with `x-amzn-query-error: AccessDenied;Sender` (a guess: SQS
 *   documents the legacy 403 AccessDenied code);
 * - SNS: 403 `AuthorizationError` (Query error, JSON under `Accept: application/json`);
 * - S3: 403 `AccessDenied` XML.
 * The message is IAM's: "User: … is not authorized to perform: … on resource: … because no
 * identity-based policy allows the … action" (or "with an explicit deny in an identity-based policy").
 */
export function accessDeniedResponse(refusal: Refusal): EndpointResponse {
  const requestId = randomUUID();
  const iamAction = refusal.service === "sns" ? `SNS:${refusal.action}` : `${refusal.service}:${refusal.action}`;
  const resource = refusal.service === "s3" ? `"${refusal.resource}"` : refusal.resource;
  const reason =
    refusal.decision === "explicit-deny"
      ? "with an explicit deny in an identity-based policy"
      : `because no identity-based policy allows the ${iamAction} action`;
  const message = `User: ${refusal.principal} is not authorized to perform: ${iamAction} on resource: ${resource} ${reason}`;

  switch (refusal.service) {
    case "s3": {
      const hostId = Buffer.from(requestId).toString("base64");
      const xml =
        `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>${escapeXml(message)}</Message>` +
        `<RequestId>${requestId}</RequestId><HostId>${hostId}</HostId></Error>`;
      return respond(403, { "content-type": "application/xml", "x-amz-request-id": requestId, "x-amz-id-2": hostId }, xml);
    }
    case "sns": {
      if ((refusal.accept ?? "").toLowerCase().includes("application/json")) {
        const body = { ErrorResponse: { Error: { Type: "Sender", Code: "AuthorizationError", Message: message }, RequestId: requestId } };
        return respond(403, { "content-type": "application/json", "x-amzn-requestid": requestId }, JSON.stringify(body));
      }
      const xml =
        `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>AuthorizationError</Code>` +
        `<Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
      return respond(403, { "content-type": "text/xml", "x-amzn-requestid": requestId }, xml);
    }
    case "sqs":
      return respond(
        403,
        {
          "content-type": "application/x-amz-json-1.0",
          "x-amzn-requestid": requestId,
          "x-amzn-errortype": "AccessDeniedException",
          "x-amzn-query-error": "AccessDenied;Sender",
        },
        JSON.stringify({ __type: "com.amazon.coral.service#AccessDeniedException", message }),
      );
    default: {
      const contentType = refusal.service === "events" ? "application/x-amz-json-1.1" : "application/x-amz-json-1.0";
      return respond(
        400,
        { "content-type": contentType, "x-amzn-requestid": requestId, "x-amzn-errortype": "AccessDeniedException" },
        JSON.stringify({ __type: "com.amazon.coral.service#AccessDeniedException", Message: message }),
      );
    }
  }
}

function respond(status: number, headers: Record<string, string>, body: string): EndpointResponse {
  const bytes = Buffer.from(body, "utf8");
  return { status, headers: { ...headers, "content-length": String(bytes.length) }, body: bytes };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
