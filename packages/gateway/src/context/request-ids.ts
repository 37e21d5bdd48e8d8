import { createHash, randomBytes, randomUUID } from "node:crypto";

/** `$context.requestId` / `x-amzn-RequestId`: a UUID, as API Gateway's. */
export function newRequestId(): string {
  return randomUUID();
}

/**
 * `$context.extendedRequestId` / `x-amz-apigw-id`: API Gateway's are 16 base64 characters
 * (e.g. `IHvJ7GJ7oAMFugA=`), i.e. 11 bytes.
 */
export function newExtendedRequestId(): string {
  return randomBytes(11).toString("base64");
}

/** A stable 6-character `$context.resourceId` for a resource path (AWS ids look like `abc123`). */
export function resourceIdFor(apiId: string, resourcePath: string): string {
  const digest = createHash("sha256").update(`${apiId}${resourcePath}`).digest();
  let id = "";
  for (let i = 0; i < 6; i++) id += "abcdefghijklmnopqrstuvwxyz0123456789"[digest[i]! % 36];
  return id;
}

/** `X-Amzn-Trace-Id` sent to HTTP integrations: `Root=1-{epoch seconds hex}-{96 random bits hex}`. */
export function newTraceId(now: Date): string {
  const seconds = Math.floor(now.getTime() / 1000).toString(16).padStart(8, "0");
  return `Root=1-${seconds}-${randomBytes(12).toString("hex")}`;
}
