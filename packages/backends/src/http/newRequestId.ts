import { randomUUID } from "node:crypto";

/** A request id shaped like the ones AWS sends in `x-amzn-RequestId` (a UUID). */
export function newRequestId(): string {
  return randomUUID();
}
