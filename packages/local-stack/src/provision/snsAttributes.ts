/**
 * CloudFormation properties that SNS takes as attributes of the same name. Attribute values are
 * strings on the wire: booleans and numbers as text, policies and other objects as JSON.
 */
export function snsAttributeParams(values: Record<string, unknown>, names: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  let index = 0;
  for (const name of names) {
    const value = values[name];
    if (value === undefined) continue;
    index += 1;
    params[`Attributes.entry.${index}.key`] = name;
    params[`Attributes.entry.${index}.value`] = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  }
  return params;
}
