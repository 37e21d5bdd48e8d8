import { createHash, randomBytes, randomFillSync, randomUUID } from "node:crypto";

/** `$context.requestId` / `x-amzn-RequestId`: a UUID, as API Gateway's. */
export function newRequestId(): string {
  return randomUUID();
}

/**
 * `$context.extendedRequestId` / `x-amz-apigw-id`: API Gateway's are 16 base64 characters
 * (e.g. `IHvJ7GJ7oAMFugA=`), i.e. 11 bytes.
 */
export function newExtendedRequestId(): string {
  if (poolOffset + 11 > pool.length) {
    // One system call per 512 ids instead of one per id (the hot path of every request).
    randomFillSync(pool);
    poolOffset = 0;
  }
  const id = pool.toString("base64", poolOffset, poolOffset + 11);
  poolOffset += 11;
  return id;
}

const pool = Buffer.alloc(11 * 512);
let poolOffset = pool.length;

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
