import { parseCloudFormation } from "../parse/cfn-yaml";
import { type ResolveOptions, type ResolvedTemplate, resolveTemplate } from "./resolve-template";

/** Parses and resolves YAML source, collecting problems as `path: message` strings. */
export function resolveYaml(source: string, options: ResolveOptions = {}): { resolved: ResolvedTemplate; problems: string[] } {
  const parsed = parseCloudFormation(source);
  if (parsed.errors.length > 0) throw new Error(`fixture does not parse: ${parsed.errors[0]!.message}`);
  const problems: string[] = [];
  const resolved = resolveTemplate(parsed.template, { stackName: "stack", ...options }, (path, message) =>
    problems.push(`${path.join(".")}: ${message}`),
  );
  return { resolved, problems };
}

/** The resolved properties of one resource in a template made of `resources` (YAML, indented by 2). */
export function propertiesOf(source: string, logicalId: string, options: ResolveOptions = {}) {
  const { resolved, problems } = resolveYaml(source, options);
  return { properties: resolved.resources[logicalId]?.properties, problems };
}
