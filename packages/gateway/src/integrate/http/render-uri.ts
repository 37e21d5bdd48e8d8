/**
 * Fills an HTTP integration URI: `${stageVariables.name}` (a missing variable becomes empty, as in
 * API Gateway) and `{param}` placeholders from the mapped `integration.request.path.*` values.
 * Values are percent-encoded segment by segment, so a greedy `{proxy+}` value keeps its slashes.
 * A placeholder nothing is mapped to stays as written. AWS integrations pass their own `encodeValue`
 * (API Gateway encodes a whole value there, slashes included).
 */
export function renderIntegrationUri(
  uri: string,
  stageVariables: Record<string, string>,
  pathParameters: Record<string, string>,
  encodeValue: (value: string) => string = encodePathValue,
): string {
  let rendered = uri.includes("${stageVariables.")
    ? uri.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_, name: string) => stageVariables[name] ?? "")
    : uri;
  if (rendered.includes("{")) {
    rendered = rendered.replace(/\{([A-Za-z0-9._-]+)\+?\}/g, (placeholder, name: string) => {
      const value = pathParameters[name];
      return value === undefined ? placeholder : encodeValue(value);
    });
  }
  return rendered;
}

function encodePathValue(value: string): string {
  return value.split("/").map(encodeURIComponent).join("/");
}
