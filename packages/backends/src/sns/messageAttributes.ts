import type { QueryParams } from "../http/queryParams";
import { readIndexedList } from "../http/queryParams";
import { parameterValueInvalid } from "./snsErrors";

/** One Publish message attribute (`BinaryValue` kept as base64, as it arrived). */
export interface SnsMessageAttribute {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
}

export type SnsMessageAttributes = Record<string, SnsMessageAttribute>;

/** SNS accepts at most 10 message attributes per Publish. */
const maxAttributes = 10;

/**
 * Reads `MessageAttributes.entry.N.Name` / `.Value.DataType` / `.Value.StringValue|BinaryValue`
 * and validates them as SNS does, answering `ParameterValueInvalid` with SNS's wording: a type of
 * `String`, `String.Array`, `Number` or `Binary` (custom `.suffix` allowed), a value in the field
 * the type uses, numbers that parse, and String.Array values that are JSON arrays.
 */
export function readMessageAttributes(params: QueryParams): SnsMessageAttributes {
  const entries = readIndexedList(params, "MessageAttributes.entry");
  if (entries.length > maxAttributes) {
    throw parameterValueInvalid(`Number of message attributes [${entries.length}] exceeds the allowed maximum [${maxAttributes}].`);
  }
  const attributes: SnsMessageAttributes = {};
  for (const entry of entries) {
    const name = entry.Name ?? "";
    if (name === "" || name.length > 256 || !/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith(".") || name.endsWith(".") || name.includes("..")) {
      throw parameterValueInvalid(`The message attribute name '${name}' is invalid. Valid characters are alphanumeric, '-', '_' and '.', not starting or ending with '.' and without '..'.`);
    }
    if (/^(aws\.|amazon\.)/i.test(name)) {
      throw parameterValueInvalid(`The message attribute name '${name}' is invalid. It cannot start with 'AWS.' or 'Amazon.'.`);
    }
    if (name in attributes) throw parameterValueInvalid(`The message attribute '${name}' is duplicated.`);
    attributes[name] = readAttribute(name, entry);
  }
  return attributes;
}

function readAttribute(name: string, entry: Record<string, string>): SnsMessageAttribute {
  const dataType = entry["Value.DataType"] ?? "";
  const stringValue = entry["Value.StringValue"];
  const binaryValue = entry["Value.BinaryValue"];
  if (dataType === "") throw parameterValueInvalid(`The message attribute '${name}' must contain non-empty message attribute type.`);
  const base = dataType.split(".", 1)[0];
  const isArray = dataType === "String.Array";
  if (base !== "String" && base !== "Number" && base !== "Binary") {
    throw parameterValueInvalid(
      `The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`,
    );
  }
  if (base === "Binary") {
    if (binaryValue === undefined || binaryValue === "") {
      throw parameterValueInvalid(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type 'Binary'.`);
    }
    return { DataType: dataType, BinaryValue: binaryValue };
  }
  if (stringValue === undefined || stringValue === "") {
    throw parameterValueInvalid(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${base}'.`);
  }
  if (base === "Number" && !isSnsNumber(stringValue)) {
    throw parameterValueInvalid(`Could not cast message attribute '${name}' value to number.`);
  }
  if (isArray && !isJsonArray(stringValue)) {
    throw parameterValueInvalid(`The message attribute '${name}' with type 'String.Array' must have a valid JSON array value.`);
  }
  return { DataType: dataType, StringValue: stringValue };
}

/** SNS numbers: finite, within ±10^9 with up to five decimals (the subscription filter policy limits). */
function isSnsNumber(value: string): boolean {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim()) && Number.isFinite(Number(value));
}

function isJsonArray(value: string): boolean {
  try {
    return Array.isArray(JSON.parse(value));
  } catch {
    // Not JSON at all: not an array either.
    return false;
  }
}
