import type { IntegrationModel } from "@apigw-playground/routes";
import { firstAcceptType, mediaTypeOf } from "./media-type";

/** What the integration request does with the body. */
export type RequestTemplateChoice =
  | { kind: "template"; contentType: string; template: string }
  | { kind: "passthrough" }
  /** 415 Unsupported Media Type. */
  | { kind: "unsupported" };

/**
 * Picks the request template the way API Gateway does: the template keyed by the request's
 * Content-Type (parameters dropped; `application/json` when there is none), then one keyed
 * `$default`. Without a match, the passthrough behaviour decides: WHEN_NO_MATCH passes the body
 * through, WHEN_NO_TEMPLATES only when the integration has no templates at all, NEVER never.
 */
export function selectRequestTemplate(integration: IntegrationModel, contentTypeHeader: string | undefined): RequestTemplateChoice {
  const contentType = mediaTypeOf(contentTypeHeader) ?? "application/json";
  const templates = integration.requestTemplates;
  const template = templateFor(templates, contentType) ?? templates["$default"];
  if (template !== undefined) return { kind: "template", contentType, template };
  switch (integration.passthroughBehavior) {
    case "WHEN_NO_MATCH":
      return { kind: "passthrough" };
    case "WHEN_NO_TEMPLATES":
      return Object.keys(templates).length === 0 ? { kind: "passthrough" } : { kind: "unsupported" };
    case "NEVER":
      return { kind: "unsupported" };
  }
}

/**
 * Picks the response template of an integration response: the one keyed by the request's first
 * Accept type, else `application/json`, else the first one defined. Undefined when there are none
 * (the body passes through).
 */
export function selectResponseTemplate(
  responseTemplates: Record<string, string>,
  acceptHeader: string | undefined,
): { contentType: string; template: string } | undefined {
  const accept = firstAcceptType(acceptHeader);
  if (accept !== undefined) {
    const template = templateFor(responseTemplates, accept);
    if (template !== undefined) return { contentType: accept, template };
  }
  const json = responseTemplates["application/json"];
  if (json !== undefined) return { contentType: "application/json", template: json };
  for (const contentType in responseTemplates) return { contentType, template: responseTemplates[contentType]! };
  return undefined;
}

/** Template keys are content types as written; API Gateway compares them case-insensitively. */
function templateFor(templates: Record<string, string>, contentType: string): string | undefined {
  const exact = templates[contentType];
  if (exact !== undefined) return exact;
  for (const key in templates) if (key.toLowerCase() === contentType) return templates[key];
  return undefined;
}
