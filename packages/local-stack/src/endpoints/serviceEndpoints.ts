import { type ServiceName, serviceNames } from "@apigw-playground/backends";
import { LocalStackOptionsError } from "../errors/LocalStackOptionsError";

/**
 * The `AWS_ENDPOINT_URL_<SERVICE>` variable of each service: the SDKs' service id, upper-cased
 * with spaces as underscores ("Identifiers for service-specific endpoints", AWS SDKs and Tools
 * Reference Guide) — EventBridge is `EVENTBRIDGE` and Step Functions `SFN`, not their signing names.
 */
export const ENDPOINT_ENV_VARS: Readonly<Record<ServiceName, string>> = {
  dynamodb: "AWS_ENDPOINT_URL_DYNAMODB",
  s3: "AWS_ENDPOINT_URL_S3",
  sns: "AWS_ENDPOINT_URL_SNS",
  sqs: "AWS_ENDPOINT_URL_SQS",
  events: "AWS_ENDPOINT_URL_EVENTBRIDGE",
  states: "AWS_ENDPOINT_URL_SFN",
};

/**
 * The external endpoint of each service, when there is one: `endpoints[service]`, then
 * `AWS_ENDPOINT_URL_<SERVICE>`, then `AWS_ENDPOINT_URL` (the SDKs' precedence: a service-specific
 * setting wins over the global one). Services without one get an embedded backend.
 * @throws LocalStackOptionsError for a key that is not a service, or a value that is not an http(s) URL
 */
export function externalEndpoints(
  explicit: Readonly<Partial<Record<string, string>>>,
  env: Readonly<Record<string, string | undefined>>,
): Partial<Record<ServiceName, string>> {
  for (const key of Object.keys(explicit)) {
    if (!(serviceNames as readonly string[]).includes(key)) {
      throw new LocalStackOptionsError(`endpoints names "${key}", which is not a service the local stack runs (${serviceNames.join(", ")}).`);
    }
  }
  const external: Partial<Record<ServiceName, string>> = {};
  for (const service of serviceNames) {
    const url = nonEmpty(explicit[service]) ?? nonEmpty(env[ENDPOINT_ENV_VARS[service]]) ?? nonEmpty(env["AWS_ENDPOINT_URL"]);
    if (url === undefined) continue;
    if (!/^https?:\/\/[^/]/.test(url)) {
      throw new LocalStackOptionsError(`The endpoint for ${service} ("${url}") is not an http(s) URL; give one like http://127.0.0.1:5000.`);
    }
    external[service] = url.replace(/\/+$/, "");
  }
  return external;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}
