import { serviceProtocol } from "./service-protocols";

/** `(service, region) => base URL`, or undefined to fall through to the environment and AWS. */
export type AwsEndpointResolver = (service: string, region: string) => string | undefined;

/** Where one AWS integration request goes. */
export interface ResolvedEndpoint {
  /** Scheme, host and port (and any base path, without a trailing slash). */
  base: URL;
  /**
   * True when the endpoint came from the `awsEndpoints` option or an `AWS_ENDPOINT_URL*`
   * variable: S3 then uses path-style addressing, and subdomains do not apply.
   */
  overridden: boolean;
  /** Where the endpoint came from, for log lines. */
  source: "option" | `env:${string}` | "aws";
}

/** What `resolveEndpoint` needs. */
export interface EndpointInput {
  /** The ARN's service name (`dynamodb`, `states`, `s3`, …). */
  service: string;
  region: string;
  /** The ARN's subdomain (`{bucket}` of `{bucket}.s3`), if any. */
  subdomain?: string;
  /** The real endpoint's first label when it differs from the service (`sync-states`). */
  host?: string;
}

/**
 * The endpoint of a service, in this order (the SDKs' own order for the last two):
 * 1. the `awsEndpoints(service, region)` option of `startGateway` (local backends);
 * 2. `AWS_ENDPOINT_URL_<SERVICE_ID>` (`AWS_ENDPOINT_URL_DYNAMODB`, `_S3`, `_SNS`, `_SQS`,
 *    `_EVENTBRIDGE`, `_SFN`), then `AWS_ENDPOINT_URL` ("Service-specific endpoints", AWS SDKs and
 *    Tools reference);
 * 3. the real regional endpoint `https://{subdomain.}{service}.{region}.amazonaws.com`.
 * @throws TypeError when a configured endpoint is not a URL
 */
export function resolveEndpoint(
  input: EndpointInput,
  option: AwsEndpointResolver | undefined,
  env: Readonly<Record<string, string | undefined>>,
): ResolvedEndpoint {
  const fromOption = option?.(input.service, input.region);
  if (fromOption !== undefined && fromOption !== "") return { base: baseUrl(fromOption), overridden: true, source: "option" };
  const id = serviceProtocol(input.service).endpointId;
  for (const name of [`AWS_ENDPOINT_URL_${id}`, "AWS_ENDPOINT_URL"]) {
    const value = env[name];
    if (value !== undefined && value !== "") return { base: baseUrl(value), overridden: true, source: `env:${name}` };
  }
  const label = input.host ?? input.service;
  const host = input.subdomain === undefined ? `${label}.${input.region}` : `${input.subdomain}.${label}.${input.region}`;
  return { base: new URL(`https://${host}.amazonaws.com`), overridden: false, source: "aws" };
}

function baseUrl(text: string): URL {
  const url = new URL(text);
  url.pathname = url.pathname.replace(/\/+$/, "");
  url.search = "";
  url.hash = "";
  return url;
}
