import { readJsonPath } from "./jsonPath";

/** The input settings of a rule target. */
export interface TargetInputSettings {
  Input?: string;
  InputPath?: string;
  InputTransformer?: { InputPathsMap?: Record<string, string>; InputTemplate: string };
}

/** What the predefined `<aws.events.*>` placeholders of an InputTemplate stand for. */
export interface RuleContext {
  ruleName: string;
  ruleArn: string;
  ingestionTime: string;
}

/**
 * The text a target receives for a matched event: the constant `Input`, the part selected by
 * `InputPath`, the rendered `InputTransformer` template, or else the whole event as JSON.
 */
export function renderTargetInput(settings: TargetInputSettings, event: Record<string, unknown>, rule: RuleContext): string {
  if (settings.Input !== undefined) return settings.Input;
  if (settings.InputPath !== undefined) return JSON.stringify(readJsonPath(event, settings.InputPath) ?? null);
  if (settings.InputTransformer !== undefined) return renderTemplate(settings.InputTransformer, event, rule);
  return JSON.stringify(event);
}

/**
 * Fills `<name>` placeholders. Inside a JSON string a value goes in as text (strings unquoted); elsewhere
 * as JSON, as EventBridge does for JSON templates. A path that selects nothing becomes null / empty.
 */
function renderTemplate(transformer: { InputPathsMap?: Record<string, string>; InputTemplate: string }, event: Record<string, unknown>, rule: RuleContext): string {
  const values = new Map<string, unknown>();
  for (const [name, path] of Object.entries(transformer.InputPathsMap ?? {})) values.set(name, readJsonPath(event, path));
  values.set("aws.events.rule-name", rule.ruleName);
  values.set("aws.events.rule-arn", rule.ruleArn);
  values.set("aws.events.event.ingestion-time", rule.ingestionTime);
  values.set("aws.events.event", event);
  values.set("aws.events.event.json", event);
  const template = transformer.InputTemplate;
  let output = "";
  let inString = false;
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === "<") {
      const end = template.indexOf(">", i);
      const name = end === -1 ? undefined : template.slice(i + 1, end);
      if (name !== undefined && values.has(name)) {
        const value = values.get(name);
        output += inString ? textOf(value) : JSON.stringify(value ?? null);
        i = end;
        continue;
      }
    }
    if (c === '"' && template[i - 1] !== "\\") inString = !inString;
    output += c;
  }
  return output;
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  // Escaped so the template stays valid JSON.
  return JSON.stringify(text).slice(1, -1);
}
