import { type MappingResult, renderTemplate } from "@apigw-playground/vtl";
import type { RequestContext } from "../context/request-context";
import type { RequestView } from "../request/request-view";
import type { CompiledTemplates } from "./compiled-templates";

/**
 * Renders a mapping template for a request. A template without `$` or `#` has nothing for
 * Velocity to evaluate (`{"statusCode": 200}`, the usual MOCK template): its text is its output,
 * so the engine is not run — the hot path of MOCK routes.
 */
export function renderMapping(
  templates: CompiledTemplates,
  source: string,
  body: string,
  view: RequestView,
  context: RequestContext,
  stageVariables: Record<string, string>,
): MappingResult {
  if (!source.includes("$") && !source.includes("#")) {
    return { body: source, requestOverrides: emptyOverrides(), responseOverrides: emptyOverrides() };
  }
  return renderTemplate(templates.get(source), {
    body,
    params: { path: view.pathParameters, querystring: view.query.single, header: view.singleHeaders },
    context,
    stageVariables,
  });
}

function emptyOverrides(): MappingResult["requestOverrides"] {
  return { header: {}, path: {}, querystring: {} };
}
