/** One PutEvents entry as it arrives. */
export interface PutEventsEntry {
  Source?: unknown;
  DetailType?: unknown;
  Detail?: unknown;
  Resources?: unknown;
  Time?: unknown;
  EventBusName?: unknown;
  TraceHeader?: unknown;
}

/** A per-entry failure, as PutEvents reports it. */
export interface EntryError {
  ErrorCode: string;
  ErrorMessage: string;
}

/** PutEvents' limit on the summed size of the entries of one request. */
export const maxPutEventsBytes = 256 * 1024;

/**
 * Validates one entry in the order EventBridge does and returns its error, or the parsed detail.
 * Codes and messages from the PutEventsResultEntry reference: `InvalidArgument` for a missing
 * Source/DetailType/Detail, `MalformedDetail` when Detail is not a JSON object, and
 * `NotAuthorizedForSourceException` for the reserved `aws.*` sources.
 */
export function validateEntry(entry: PutEventsEntry): EntryError | { detail: Record<string, unknown> } {
  if (typeof entry.Source !== "string" || entry.Source === "") {
    return { ErrorCode: "InvalidArgument", ErrorMessage: "Parameter Source is not valid. Reason: Source is a required argument." };
  }
  if (typeof entry.DetailType !== "string" || entry.DetailType === "") {
    return { ErrorCode: "InvalidArgument", ErrorMessage: "Parameter DetailType is not valid. Reason: DetailType is a required argument." };
  }
  if (typeof entry.Detail !== "string" || entry.Detail === "") {
    return { ErrorCode: "InvalidArgument", ErrorMessage: "Parameter Detail is not valid. Reason: Detail is a required argument." };
  }
  let detail: unknown;
  try {
    detail = JSON.parse(entry.Detail);
  } catch {
    // Detail that does not parse is reported per entry, not as a request failure.
    return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed." };
  }
  if (typeof detail !== "object" || detail === null || Array.isArray(detail)) {
    return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed." };
  }
  if (entry.Source.startsWith("aws.")) {
    return { ErrorCode: "NotAuthorizedForSourceException", ErrorMessage: "Not authorized for the source." };
  }
  if (entry.Resources !== undefined && (!Array.isArray(entry.Resources) || !entry.Resources.every((r) => typeof r === "string"))) {
    return { ErrorCode: "InvalidArgument", ErrorMessage: "Parameter Resources is not valid. Reason: Resources must be a list of strings." };
  }
  return { detail: detail as Record<string, unknown> };
}

/**
 * An entry's size as EventBridge counts it toward the 256 KB limit: 14 bytes for Time when given,
 * plus the UTF-8 bytes of Source, DetailType, Detail and each resource.
 */
export function entrySize(entry: PutEventsEntry): number {
  let size = entry.Time === undefined ? 0 : 14;
  for (const text of [entry.Source, entry.DetailType, entry.Detail]) if (typeof text === "string") size += Buffer.byteLength(text, "utf8");
  if (Array.isArray(entry.Resources)) for (const resource of entry.Resources) if (typeof resource === "string") size += Buffer.byteLength(resource, "utf8");
  return size;
}

/** Event times are ISO 8601 without milliseconds (`2017-12-22T18:43:48Z`); `Time` arrives as epoch seconds. */
export function eventTime(time: unknown): string {
  const date = typeof time === "number" ? new Date(time * 1000) : typeof time === "string" ? new Date(time) : new Date();
  const valid = Number.isNaN(date.getTime()) ? new Date() : date;
  return valid.toISOString().replace(/\.\d{3}Z$/, "Z");
}
