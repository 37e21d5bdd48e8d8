import type { RouteModel, TemplateModel } from "@apigw-playground/routes";
import { sampleFromSchema } from "./sampleFromSchema";

/** What a curl example needs. */
export interface CurlContext {
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** Base URL of a template's API. */
  urlFor(template: string): string;
}

/** A route to show, and the command that calls it. */
export interface CurlExample {
  template: string;
  route: RouteModel;
  command: string;
}

/**
 * Copy-paste SigV4-signed curl commands (curl ≥ 7.75: `--aws-sigv4 "aws:amz:<region>:execute-api"`),
 * for routes picked from the route model: the first route that takes a JSON body (with a body built
 * from its model), then the first signed GET without required query parameters — of the same
 * template when it has one, so that the GET reads what the first command wrote.
 */
export function curlExamples(templates: readonly TemplateModel[], context: CurlContext): CurlExample[] {
  const routes = templates.flatMap((template) => template.apis.flatMap((api) => api.routes.map((route) => ({ template: template.name, route }))));
  const signed = routes.filter(({ route }) => route.auth.type === "AWS_IAM" && !route.auth.apiKeyRequired && route.method !== "ANY");
  const withBody = signed.find(({ route }) => route.requestBody?.content["application/json"]?.schema !== undefined);
  const gets = signed.filter(({ route }) => route.method === "GET" && !route.parameters.some((parameter) => parameter.in !== "path" && parameter.required));
  const get = gets.find(({ template }) => template === withBody?.template) ?? gets[0];
  return [withBody, get].filter((picked) => picked !== undefined).map(({ template, route }) => ({ template, route, command: curlCommand(template, route, context) }));
}

function curlCommand(template: string, route: RouteModel, context: CurlContext): string {
  const path = route.path.replace(/\{([^}+]+)\+?\}/g, (_match, name: string) => `example-${name}`);
  const parts = [
    "curl",
    `--aws-sigv4 "aws:amz:${context.region}:execute-api"`,
    `--user "${context.credentials.accessKeyId}:${context.credentials.secretAccessKey}"`,
  ];
  if (route.method !== "GET") parts.push(`-X ${route.method}`);
  const schema = route.requestBody?.content["application/json"]?.schema;
  if (schema !== undefined) parts.push(`-H "content-type: application/json"`, `-d '${JSON.stringify(sampleFromSchema(schema))}'`);
  parts.push(`"${context.urlFor(template)}${path}"`);
  return parts.join(" ");
}
