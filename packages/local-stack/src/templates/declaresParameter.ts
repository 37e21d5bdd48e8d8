/**
 * Whether a template's source declares a parameter, read from the text so that the route loader
 * parses each template only once: a `Name:` key directly under the top-level `Parameters:` of a
 * YAML template, or a `"Name":` member of a JSON template's `"Parameters"` object.
 */
export function declaresParameter(source: string, name: string): boolean {
  if (source.trimStart().startsWith("{")) return new RegExp(`"Parameters"\\s*:\\s*\\{[\\s\\S]*?"${name}"\\s*:`).test(source);
  const section = /^Parameters:[ \t]*(?:#.*)?$/m.exec(source);
  if (section === null) return false;
  const rest = source.slice(section.index + section[0].length);
  const end = rest.search(/^\S/m);
  const body = end === -1 ? rest : rest.slice(0, end);
  const indent = /^([ \t]+)\S/m.exec(body)?.[1];
  return indent !== undefined && new RegExp(`^${indent}${name}:`, "m").test(body);
}
