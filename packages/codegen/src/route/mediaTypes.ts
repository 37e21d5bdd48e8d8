import type { MediaTypeModel } from "@apigw-playground/routes";
import { isObject } from "../schema/json";

/**
 * Whether `type` falls under `pattern` (`image/png` under `image/*` and `*\/*`), parameters
 * ignored, case-insensitive: how API Gateway matches a Content-Type or Accept value against
 * `binaryMediaTypes`, and how the client runtime does (src/request/mediaTypes.ts there).
 */
export function matchesMediaType(type: string, pattern: string): boolean {
  const [t = "", s = ""] = essence(type).split("/");
  const [pt = "", ps = ""] = essence(pattern).split("/");
  return (pt === "*" || pt === t) && (ps === "*" || ps === s);
}

function essence(mediaType: string): string {
  return (mediaType.split(";")[0] ?? "").trim().toLowerCase();
}

/** What a request body or a response carries, as the runtime contract names it. */
export type ContentKind = "json" | "binary" | "empty";

/**
 * `binary` when a content type matches the API's `binaryMediaTypes` (API Gateway passes such
 * payloads through as bytes) or its schema is `type: string, format: binary` (OpenAPI's way to
 * say "raw bytes", e.g. `*\/*` on a proxy route of an API without binary media types); `empty`
 * without content; `json` otherwise.
 */
export function contentKind(content: Readonly<Record<string, MediaTypeModel>>, binaryMediaTypes: readonly string[]): ContentKind {
  const entries = Object.entries(content);
  if (entries.length === 0) return "empty";
  const binary = entries.some(
    ([type, media]) => binaryMediaTypes.some((pattern) => matchesMediaType(type, pattern)) || isBinarySchema(media.schema),
  );
  return binary ? "binary" : "json";
}

function isBinarySchema(schema: unknown): boolean {
  return isObject(schema) && schema.type === "string" && schema.format === "binary";
}

/**
 * The entry whose schema types a JSON payload: the first JSON media type (`application/json`,
 * `application/problem+json`), else the first entry. The runtime always sends JSON.
 */
export function jsonMedia(content: Readonly<Record<string, MediaTypeModel>>): MediaTypeModel | undefined {
  const entries = Object.entries(content);
  const json = entries.find(([type]) => /^application\/(?:[\w.-]+\+)?json$/i.test(essence(type)));
  return (json ?? entries[0])?.[1];
}
