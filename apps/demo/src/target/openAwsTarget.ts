import { CloudFormationError, NetworkError, PlaygroundClient, PlaygroundClientError, StackNotFoundError, TimeoutError } from "@apigw-playground/client";
import type { TemplateModel } from "@apigw-playground/routes";
import { defaultProvider } from "@aws-sdk/credential-provider-node";
import { TargetUnavailableError } from "../errors/TargetUnavailableError";
import { formatDuration } from "../report/renderReport";
import type { RunReporter } from "../run/reporter";
import type { DemoTarget } from "./DemoTarget";

/** What {@link openAwsTarget} needs. */
export interface AwsTargetRequest {
  /** The route models of the templates to run. */
  templates: readonly TemplateModel[];
  region: string;
  profile?: string;
  /** Stack name per template, over each model's (samconfig.toml's). */
  stacks: Readonly<Record<string, string>>;
  apiKey?: string;
  reporter: RunReporter;
  /** Where the credential chain reads AWS_PROFILE from. @default process.env */
  env?: NodeJS.ProcessEnv;
}

/**
 * Clients for the deployed stacks: credentials from the AWS SDK's default chain (environment,
 * SSO, profiles...), each template's base URL from its stack's `ApiUrl` output
 * (`PlaygroundClient.fromStacks`, a signed CloudFormation DescribeStacks).
 * @throws TargetUnavailableError with one sentence saying what to do: no credentials, stacks not deployed, CloudFormation refusing
 */
export async function openAwsTarget(request: AwsTargetRequest): Promise<DemoTarget> {
  const { region, reporter, templates } = request;
  const startedAt = performance.now();
  // The SDK's chain is memoised: resolved once here, shared by every client below.
  const credentials = defaultProvider(request.profile === undefined ? {} : { profile: request.profile });
  reporter.targetProgress("looking for AWS credentials");
  let accessKeyId: string;
  try {
    ({ accessKeyId } = await credentials());
  } catch (error) {
    throw new TargetUnavailableError(noCredentials(request.profile ?? (request.env ?? process.env).AWS_PROFILE, error), error);
  }

  reporter.targetProgress(`reading the ApiUrl of ${templates.length} stacks in ${region}`);
  // One look-up per stack, all settled, so that every missing stack is named at once.
  const lookups = await Promise.all(
    templates.map(async (template): Promise<StackLookup> => {
      const stackName = request.stacks[template.name] ?? template.stackName;
      try {
        const lookup = await PlaygroundClient.fromStacks({ region, credentials, stacks: { [template.name]: stackName } });
        const url = lookup.endpoint(template.name)?.href;
        await lookup.close();
        return { template: template.name, stackName, url };
      } catch (error) {
        return { template: template.name, stackName, error };
      }
    }),
  );
  const failed = lookups.filter((lookup) => lookup.error !== undefined);
  if (failed.length > 0) throw new TargetUnavailableError(describeLookupFailures(failed, region), failed[0]?.error);

  const endpoints = Object.fromEntries(lookups.map((lookup) => [lookup.template, lookup.url]));
  const client = new PlaygroundClient({ region, endpoints, credentials });
  const wrongSecretClient = new PlaygroundClient({
    region,
    endpoints,
    // The real access key id (and session token), so AWS gets as far as comparing signatures.
    credentials: async () => {
      const real = await credentials();
      return { ...real, secretAccessKey: `${real.secretAccessKey.slice(0, -4)}XXXX` };
    },
    retry: { maxAttempts: 1 },
  });
  const readyMs = performance.now() - startedAt;
  reporter.targetReady(`found ${templates.length} stacks in ${region} in ${formatDuration(readyMs)} (credentials ${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)})`);
  return {
    kind: "aws",
    region,
    templates: [...templates],
    client,
    wrongSecretClient,
    ...(request.apiKey === undefined ? {} : { apiKey: request.apiKey }),
    readyMs,
    notes: ["The backends' own records (EventBridge deliveries, the SNS Publish, what the upstreams received) exist only locally; on aws the demo shows what the routes answer."],
    async close() {
      await Promise.allSettled([client.close(), wrongSecretClient.close()]);
    },
  };
}

/** One sentence for a credential chain that found nothing (or failed). */
export function noCredentials(profile: string | undefined, error: unknown): string {
  const reason = error instanceof Error ? error.message.trim().replace(/\.*$/, "") : String(error);
  const nothing = /could not load credentials from any providers/i.test(reason);
  if (profile !== undefined) {
    return `No usable AWS credentials for profile ${profile}${nothing ? "" : ` (${reason})`}: check it in ~/.aws/config, or run \`aws sso login --profile ${profile}\`.`;
  }
  return (
    `No AWS credentials found for --target aws${nothing ? "" : ` (${reason})`}: ` +
    "set AWS_PROFILE (or pass --profile), set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run `aws sso login`."
  );
}

/** The outcome of reading one stack's ApiUrl. */
export interface StackLookup {
  template: string;
  stackName: string;
  url?: string | undefined;
  error?: unknown;
}

/** One sentence for failed stack look-ups: every missing stack and what to deploy, or the first other failure. */
export function describeLookupFailures(failed: readonly StackLookup[], region: string): string {
  const other = failed.find((lookup) => !(lookup.error instanceof StackNotFoundError))?.error;
  if (other !== undefined) {
    if (other instanceof CloudFormationError && /ExpiredToken|InvalidClientTokenId|UnrecognizedClient|SignatureDoesNotMatch/.test(other.name)) {
      return `CloudFormation refused the credentials (${other.name}): refresh them (\`aws sso login\`, or new AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) and try again.`;
    }
    if (other instanceof NetworkError || other instanceof TimeoutError) {
      return `Could not reach CloudFormation in ${region} (${other instanceof NetworkError ? (other.code ?? "network error") : "timed out"}): check the network, or AWS_ENDPOINT_URL_CLOUDFORMATION / AWS_ENDPOINT_URL if you set them.`;
    }
    if (other instanceof PlaygroundClientError) return other.message;
    return `Reading the stacks failed: ${other instanceof Error ? other.message : String(other)}`;
  }
  const names = failed.map((lookup) => lookup.stackName);
  const deploys = failed.map((lookup) => `\`sam deploy --config-env ${lookup.template}\``);
  return failed.length === 1
    ? `Stack ${names[0]} is not deployed in ${region}: run ${deploys[0]} (or name yours with --stack ${failed[0]?.template}=<stackName>).`
    : `Stacks ${names.join(", ")} are not deployed in ${region}: run ${deploys.join(", ")} (or pick the deployed ones with --only).`;
}
