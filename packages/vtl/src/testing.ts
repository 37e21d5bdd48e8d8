import { type MappingInput, type MappingResult, renderTemplate } from "./renderTemplate";

/** Test helper: renders with empty params, context and stage variables unless given. */
export function renderWith(template: string, input: Partial<MappingInput> = {}): MappingResult {
  return renderTemplate(template, {
    body: input.body ?? "",
    params: input.params ?? { path: {}, querystring: {}, header: {} },
    context: input.context ?? {},
    stageVariables: input.stageVariables ?? {},
  });
}

/** Test helper: the rendered body only. */
export function render(template: string, input: Partial<MappingInput> = {}): string {
  return renderWith(template, input).body;
}
