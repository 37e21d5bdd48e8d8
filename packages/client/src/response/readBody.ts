import type { BinaryResult, ResponseDescriptor } from "../runtime/contract";
import type { WireResponse } from "../transport/sendOnce";

const textDecoder = new TextDecoder();

/** The body as a response descriptor declares it; throws SyntaxError for a `json` body that is not JSON. */
export function readBody(response: WireResponse, kind: ResponseDescriptor["kind"]): unknown {
  switch (kind) {
    case "empty":
      return undefined;
    case "binary":
      return { body: response.body, contentType: response.headers["content-type"] } satisfies BinaryResult;
    case "json":
      return response.body.byteLength === 0 ? undefined : JSON.parse(textDecoder.decode(response.body));
  }
}

/** For a response the route does not describe: JSON when it says so, bytes otherwise. */
export function inferKind(response: WireResponse): ResponseDescriptor["kind"] {
  if (response.body.byteLength === 0) return "empty";
  const type = response.headers["content-type"]?.toLowerCase() ?? "";
  return /^application\/(.+\+)?json\b/.test(type) ? "json" : "binary";
}

/** Parsed JSON when the body is JSON, else its text. */
export function jsonOrText(response: WireResponse): unknown {
  const text = textDecoder.decode(response.body);
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) return text;
    throw error;
  }
}
