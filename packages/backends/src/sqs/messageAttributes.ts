import { createHash } from "node:crypto";
import type { BackendError } from "../errors/BackendError";
import { invalidParameterValue } from "./sqsErrors";

/** One SQS message attribute as the JSON protocol carries it (`BinaryValue` is base64). */
export interface SqsMessageAttribute {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
}

export type SqsMessageAttributes = Record<string, SqsMessageAttribute>;

/** SQS allows at most 10 message attributes per message. */
const maxAttributes = 10;

/**
 * Validates `MessageAttributes` the way SQS does and returns them normalised: names of 1–256
 * characters from `[A-Za-z0-9_.-]` (not starting with `AWS.`/`Amazon.` or a dot), a data type of
 * `String`, `Number` or `Binary` with an optional `.custom` suffix, and a non-empty value in the
 * field that type uses.
 */
export function validateMessageAttributes(input: unknown): SqsMessageAttributes {
  if (input === undefined || input === null) return {};
  if (typeof input !== "object" || Array.isArray(input)) throw invalidParameterValue("MessageAttributes must be a map.");
  const entries = Object.entries(input as Record<string, unknown>);
  if (entries.length > maxAttributes) {
    throw invalidParameterValue(`Number of message attributes [${entries.length}] exceeds the allowed maximum [${maxAttributes}].`);
  }
  const result: SqsMessageAttributes = {};
  for (const [name, raw] of entries) {
    const problem = attributeProblem(name, raw);
    if (problem) throw problem;
    const attribute = raw as SqsMessageAttribute;
    result[name] = {
      DataType: attribute.DataType,
      ...(attribute.StringValue === undefined ? {} : { StringValue: attribute.StringValue }),
      ...(attribute.BinaryValue === undefined ? {} : { BinaryValue: attribute.BinaryValue }),
    };
  }
  return result;
}

function attributeProblem(name: string, raw: unknown): BackendError | undefined {
  if (!/^[A-Za-z0-9_.-]{1,256}$/.test(name) || name.startsWith(".") || name.endsWith(".") || name.includes("..")) {
    return invalidParameterValue(`Message (user) attribute name ${name} is invalid.`);
  }
  if (/^(aws\.|amazon\.)/i.test(name)) {
    return invalidParameterValue(`Message (user) attribute name ${name} is invalid. Reason: The message attribute name can't start with the prefix AWS. or Amazon.`);
  }
  if (typeof raw !== "object" || raw === null) {
    return invalidParameterValue(`The message attribute '${name}' must contain non-empty message attribute value.`);
  }
  const { DataType, StringValue, BinaryValue } = raw as Partial<SqsMessageAttribute>;
  if (typeof DataType !== "string" || DataType === "") {
    return invalidParameterValue(`The message attribute '${name}' must contain non-empty message attribute type.`);
  }
  const base = DataType.split(".", 1)[0];
  if (base !== "String" && base !== "Number" && base !== "Binary") {
    return invalidParameterValue(
      `The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`,
    );
  }
  if (base === "Binary") {
    if (typeof BinaryValue !== "string" || BinaryValue === "") {
      return invalidParameterValue(`The message attribute '${name}' with type 'Binary' must use field 'Binary'.`);
    }
    return undefined;
  }
  if (typeof StringValue !== "string" || StringValue === "") {
    return invalidParameterValue(`The message attribute '${name}' with type '${base}' must use field 'String'.`);
  }
  if (base === "Number" && !isSqsNumber(StringValue)) {
    return invalidParameterValue(`Can't cast the value of message (user) attribute '${name}' to a number.`);
  }
  return undefined;
}

/** SQS numbers: up to 38 significant digits, between -10^128 and +10^126. */
function isSqsNumber(value: string): boolean {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim()) && Number.isFinite(Number(value));
}

/**
 * `MD5OfMessageAttributes`, computed as SQS documents it: attributes sorted by name; for each, the
 * name, the data type and the value, each as a 4-byte big-endian length followed by its UTF-8 (or,
 * for binary, raw) bytes, with a transport byte (1 = string, 2 = binary) before the value.
 */
export function md5OfMessageAttributes(attributes: SqsMessageAttributes): string | undefined {
  const names = Object.keys(attributes).sort();
  if (names.length === 0) return undefined;
  const hash = createHash("md5");
  const lengthPrefixed = (bytes: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    hash.update(length);
    hash.update(bytes);
  };
  for (const name of names) {
    const attribute = attributes[name]!;
    lengthPrefixed(Buffer.from(name, "utf8"));
    lengthPrefixed(Buffer.from(attribute.DataType, "utf8"));
    if (attribute.DataType.startsWith("Binary")) {
      hash.update(Buffer.of(2));
      lengthPrefixed(Buffer.from(attribute.BinaryValue ?? "", "base64"));
    } else {
      hash.update(Buffer.of(1));
      lengthPrefixed(Buffer.from(attribute.StringValue ?? "", "utf8"));
    }
  }
  return hash.digest("hex");
}

/** `MD5OfMessageBody` / `MD5OfBody`: the hex MD5 of the body's UTF-8 bytes. */
export function md5OfBody(body: string): string {
  return createHash("md5").update(body, "utf8").digest("hex");
}

/** Bytes a message counts against `MaximumMessageSize`: body plus every attribute name, type and value. */
export function messageSize(body: string, attributes: SqsMessageAttributes): number {
  let size = Buffer.byteLength(body, "utf8");
  for (const [name, attribute] of Object.entries(attributes)) {
    size += Buffer.byteLength(name, "utf8") + Buffer.byteLength(attribute.DataType, "utf8");
    size += attribute.BinaryValue !== undefined ? Buffer.from(attribute.BinaryValue, "base64").length : Buffer.byteLength(attribute.StringValue ?? "", "utf8");
  }
  return size;
}
