import type { ContentHandling } from "@apigw-playground/routes";

/** A payload as API Gateway sees it: text (UTF-8) or a binary blob. */
export type Payload = { kind: "text"; text: string } | { kind: "binary"; bytes: Buffer };

/** What a row of the conversion tables does to the payload. */
export type Conversion =
  /** "UTF8-encoded string": the bytes are read as UTF-8 text (invalid sequences become U+FFFD). */
  | "utf8"
  /** "Text data": passed on as text. */
  | "text"
  /** "Binary data": passed on byte for byte. */
  | "binary"
  /** "Base64-decoded binary blob": the text is base64 and becomes its bytes. */
  | "base64-decode"
  /** "Base64-encoded string": the bytes become base64 text. */
  | "base64-encode";

export interface RequestConversionRow {
  binaryMediaTypes: "undefined" | "set";
  /** The request's Content-Type: `binary` when it matches binaryMediaTypes. */
  contentType: "any" | "text" | "binary";
  contentHandling: ContentHandling | undefined;
  conversion: Conversion;
}

/**
 * "Content type conversions in API Gateway", request table, one row per line of the AWS
 * documentation: method request payload → integration request payload.
 */
export const REQUEST_CONVERSIONS: readonly RequestConversionRow[] = [
  { binaryMediaTypes: "undefined", contentType: "any", contentHandling: undefined, conversion: "utf8" },
  { binaryMediaTypes: "undefined", contentType: "any", contentHandling: "CONVERT_TO_BINARY", conversion: "base64-decode" },
  { binaryMediaTypes: "undefined", contentType: "any", contentHandling: "CONVERT_TO_TEXT", conversion: "utf8" },
  { binaryMediaTypes: "set", contentType: "text", contentHandling: undefined, conversion: "text" },
  { binaryMediaTypes: "set", contentType: "text", contentHandling: "CONVERT_TO_BINARY", conversion: "base64-decode" },
  { binaryMediaTypes: "set", contentType: "text", contentHandling: "CONVERT_TO_TEXT", conversion: "text" },
  { binaryMediaTypes: "set", contentType: "binary", contentHandling: undefined, conversion: "binary" },
  { binaryMediaTypes: "set", contentType: "binary", contentHandling: "CONVERT_TO_BINARY", conversion: "binary" },
  { binaryMediaTypes: "set", contentType: "binary", contentHandling: "CONVERT_TO_TEXT", conversion: "base64-encode" },
];

export interface ResponseConversionRow {
  binaryMediaTypes: "undefined" | "set";
  /** The integration response's Content-Type: `binary` when it matches binaryMediaTypes. */
  payload: "any" | "text" | "binary";
  /** The request's first Accept type: `binary` when it matches binaryMediaTypes. */
  accept: "text" | "binary";
  contentHandling: ContentHandling | undefined;
  conversion: Conversion;
}

/** The response table of the same page: integration response payload → method response payload. */
export const RESPONSE_CONVERSIONS: readonly ResponseConversionRow[] = [
  { binaryMediaTypes: "undefined", payload: "any", accept: "text", contentHandling: undefined, conversion: "utf8" },
  { binaryMediaTypes: "undefined", payload: "any", accept: "text", contentHandling: "CONVERT_TO_BINARY", conversion: "base64-decode" },
  { binaryMediaTypes: "undefined", payload: "any", accept: "text", contentHandling: "CONVERT_TO_TEXT", conversion: "utf8" },
  { binaryMediaTypes: "set", payload: "text", accept: "text", contentHandling: undefined, conversion: "text" },
  { binaryMediaTypes: "set", payload: "text", accept: "text", contentHandling: "CONVERT_TO_BINARY", conversion: "base64-decode" },
  { binaryMediaTypes: "set", payload: "text", accept: "text", contentHandling: "CONVERT_TO_TEXT", conversion: "utf8" },
  { binaryMediaTypes: "set", payload: "text", accept: "binary", contentHandling: undefined, conversion: "base64-decode" },
  { binaryMediaTypes: "set", payload: "text", accept: "binary", contentHandling: "CONVERT_TO_BINARY", conversion: "base64-decode" },
  { binaryMediaTypes: "set", payload: "text", accept: "binary", contentHandling: "CONVERT_TO_TEXT", conversion: "utf8" },
  { binaryMediaTypes: "set", payload: "binary", accept: "text", contentHandling: undefined, conversion: "base64-encode" },
  { binaryMediaTypes: "set", payload: "binary", accept: "text", contentHandling: "CONVERT_TO_BINARY", conversion: "binary" },
  { binaryMediaTypes: "set", payload: "binary", accept: "text", contentHandling: "CONVERT_TO_TEXT", conversion: "base64-encode" },
  { binaryMediaTypes: "set", payload: "binary", accept: "binary", contentHandling: undefined, conversion: "binary" },
  { binaryMediaTypes: "set", payload: "binary", accept: "binary", contentHandling: "CONVERT_TO_BINARY", conversion: "binary" },
  { binaryMediaTypes: "set", payload: "binary", accept: "binary", contentHandling: "CONVERT_TO_TEXT", conversion: "base64-encode" },
];

// The tables as lookups by row key, built once (the hot path does one Map lookup per payload).
const requestRows = new Map(REQUEST_CONVERSIONS.map((r) => [`${r.binaryMediaTypes}|${r.contentType}|${r.contentHandling}`, r.conversion]));
const responseRows = new Map(
  RESPONSE_CONVERSIONS.map((r) => [`${r.binaryMediaTypes}|${r.payload}|${r.accept}|${r.contentHandling}`, r.conversion]),
);

/** The request-table row for a request. */
export function requestConversion(
  binaryMediaTypesSet: boolean,
  contentTypeIsBinary: boolean,
  contentHandling: ContentHandling | undefined,
): Conversion {
  const key = binaryMediaTypesSet ? `set|${contentTypeIsBinary ? "binary" : "text"}|${contentHandling}` : `undefined|any|${contentHandling}`;
  return requestRows.get(key)!;
}

/** The response-table row for a response. */
export function responseConversion(
  binaryMediaTypesSet: boolean,
  payloadIsBinary: boolean,
  acceptIsBinary: boolean,
  contentHandling: ContentHandling | undefined,
): Conversion {
  const key = binaryMediaTypesSet
    ? `set|${payloadIsBinary ? "binary" : "text"}|${acceptIsBinary ? "binary" : "text"}|${contentHandling}`
    : `undefined|any|text|${contentHandling}`;
  return responseRows.get(key)!;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Applies a conversion to raw bytes. Returns undefined when base64 decoding fails: API Gateway
 * then answers 500 (API_CONFIGURATION_ERROR).
 */
export function convertPayload(bytes: Buffer, conversion: Conversion): Payload | undefined {
  switch (conversion) {
    case "utf8":
    case "text":
      return { kind: "text", text: bytes.toString("utf8") };
    case "binary":
      return { kind: "binary", bytes };
    case "base64-encode":
      return { kind: "text", text: bytes.toString("base64") };
    case "base64-decode": {
      const text = bytes.toString("latin1").replace(/\s+/g, "");
      if (text.length % 4 !== 0 || !BASE64.test(text)) return undefined;
      return { kind: "binary", bytes: Buffer.from(text, "base64") };
    }
  }
}

/** The payload as bytes on the wire. */
export function payloadBytes(payload: Payload): Buffer {
  return payload.kind === "binary" ? payload.bytes : Buffer.from(payload.text, "utf8");
}
