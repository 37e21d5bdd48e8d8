import type { BackendError } from "../errors/BackendError";
import { invalidAttributeName, invalidAttributeValue } from "./sqsErrors";

/** Settable queue attributes and their SQS defaults (MaximumMessageSize is 1 MiB since 2025). */
export const defaultQueueAttributes: Readonly<Record<string, string>> = {
  DelaySeconds: "0",
  MaximumMessageSize: "1048576",
  MessageRetentionPeriod: "345600",
  ReceiveMessageWaitTimeSeconds: "0",
  VisibilityTimeout: "30",
  SqsManagedSseEnabled: "true",
};

/** Integer attributes and the ranges SQS accepts. */
const integerRanges: Readonly<Record<string, readonly [number, number]>> = {
  DelaySeconds: [0, 900],
  MaximumMessageSize: [1024, 1048576],
  MessageRetentionPeriod: [60, 1209600],
  ReceiveMessageWaitTimeSeconds: [0, 20],
  VisibilityTimeout: [0, 43200],
  KmsDataKeyReusePeriodSeconds: [60, 86400],
};

/** Attributes that may be set but carry no local behaviour beyond being stored and returned. */
const storedAttributes = new Set([
  "Policy",
  "RedrivePolicy",
  "RedriveAllowPolicy",
  "KmsMasterKeyId",
  "SqsManagedSseEnabled",
  "FifoQueue",
  "ContentBasedDeduplication",
  "DeduplicationScope",
  "FifoThroughputLimit",
]);

/** Checks attribute names and values the way CreateQueue/SetQueueAttributes do; returns the first problem. */
export function queueAttributesProblem(attributes: Record<string, unknown>): BackendError | undefined {
  for (const [name, value] of Object.entries(attributes)) {
    if (!(name in integerRanges) && !storedAttributes.has(name)) return invalidAttributeName(name);
    if (typeof value !== "string") return invalidAttributeValue(name, "Value must be a string.");
    const range = integerRanges[name];
    if (range) {
      const number = Number(value);
      if (!/^\d+$/.test(value) || number < range[0] || number > range[1]) {
        return invalidAttributeValue(name, `Must be an integer from ${range[0]} to ${range[1]}.`);
      }
    }
    if (name === "Policy" || name === "RedrivePolicy" || name === "RedriveAllowPolicy") {
      if (value !== "" && !isJsonObject(value)) return invalidAttributeValue(name, "Invalid JSON.");
    }
  }
  return undefined;
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    // A parse failure is the answer here: not JSON.
    return false;
  }
}

/** Expands `AttributeNames` (which may say `All`) against what a queue reports. */
export function selectAttributes(all: Record<string, string>, names: readonly string[]): Record<string, string> {
  if (names.includes("All")) return { ...all };
  const selected: Record<string, string> = {};
  for (const name of names) {
    const value = all[name];
    if (value !== undefined) selected[name] = value;
  }
  return selected;
}
