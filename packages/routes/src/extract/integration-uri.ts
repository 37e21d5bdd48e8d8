import type { IntegrationTarget } from "../model";

/**
 * `arn:{partition}:apigateway:{region}:{subdomain.}{service}:{action|path}/{rest}`. The rest may
 * itself contain colons (Lambda's `path/2015-03-31/functions/arn:aws:lambda:.../invocations`).
 */
const AWS_URI = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+):([A-Za-z0-9.-]+):(action|path)\/(.*)$/s;

/**
 * Parses an integration `uri` into its target: an AWS action (`action/GetItem&Version=...`,
 * parameters after the action joined by `&`, as API Gateway documents), an AWS path
 * (`path/{bucket}/{key}`), or an http(s) URL. Returns `undefined` for anything else.
 */
export function parseIntegrationUri(uri: string): IntegrationTarget | undefined {
  const aws = AWS_URI.exec(uri);
  if (aws) {
    const [, region = "", host = "", kind, rest = ""] = aws;
    const dot = host.lastIndexOf(".");
    const service = host.slice(dot + 1);
    const subdomain = dot > 0 ? host.slice(0, dot) : undefined;
    const base = subdomain === undefined ? { region, service } : { region, service, subdomain };
    if (kind === "path") return { kind: "aws-path", ...base, path: rest };
    const [action = "", ...pairs] = rest.split("&");
    const actionParams: Record<string, string> = {};
    for (const pair of pairs) {
      const eq = pair.indexOf("=");
      const key = eq < 0 ? pair : pair.slice(0, eq);
      if (key !== "") actionParams[decode(key)] = eq < 0 ? "" : decode(pair.slice(eq + 1));
    }
    return { kind: "aws-action", ...base, action, actionParams };
  }
  if (/^https?:\/\//i.test(uri)) return { kind: "http", url: uri };
  return undefined;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    // A stray `%` is kept as written rather than failing the whole template.
    if (error instanceof URIError) return text;
    throw error;
  }
}
