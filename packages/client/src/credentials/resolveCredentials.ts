import { defaultProvider } from "@aws-sdk/credential-provider-node";
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import { CredentialsError } from "../errors/CredentialsError";
import { memoizeCredentials } from "./memoizeCredentials";

/** Static keys or a function that returns them (it may return temporary ones with `expiration`). */
export type CredentialsOption = AwsCredentialIdentity | AwsCredentialIdentityProvider;

export interface CredentialsSource {
  /** @default the AWS SDK's default chain (environment, SSO, shared config and credentials files, process, web identity, container, instance metadata) */
  credentials?: CredentialsOption;
  /** Shared-config profile for the default chain. @default AWS_PROFILE, then `default` */
  profile?: string;
}

/**
 * One memoised credentials provider for the whole client: static keys as given, a
 * provider function memoised and refreshed 5 minutes before expiry, or the default
 * chain of `@aws-sdk/credential-provider-node`. Failures become a CredentialsError
 * telling the user what to set.
 */
export function resolveCredentials(source: CredentialsSource): () => Promise<AwsCredentialIdentity> {
  const { credentials, profile } = source;
  if (credentials !== undefined && typeof credentials !== "function") {
    const checked = checkCredentials(credentials, "the credentials option");
    return () => Promise.resolve(checked);
  }
  const provider: AwsCredentialIdentityProvider =
    credentials ?? defaultProvider(profile === undefined ? {} : { profile });
  const origin = credentials ? "the credentials provider" : profile ? `profile ${profile}` : "the default chain";
  const memoized = memoizeCredentials(async () => {
    let found: AwsCredentialIdentity;
    try {
      found = await provider();
    } catch (error) {
      throw explain(error, credentials !== undefined, profile);
    }
    return checkCredentials(found, origin);
  });
  return memoized;
}

function checkCredentials(credentials: AwsCredentialIdentity, origin: string): AwsCredentialIdentity {
  if (typeof credentials?.accessKeyId !== "string" || credentials.accessKeyId === "") {
    throw new CredentialsError(`The credentials from ${origin} have no accessKeyId.`);
  }
  if (typeof credentials.secretAccessKey !== "string" || credentials.secretAccessKey === "") {
    throw new CredentialsError(`The credentials from ${origin} have no secretAccessKey.`);
  }
  return credentials;
}

function explain(error: unknown, custom: boolean, profile: string | undefined): CredentialsError {
  const detail = (error instanceof Error ? error.message : String(error)).trim().replace(/\.*$/, ".");
  if (custom) return new CredentialsError(`The credentials provider failed: ${detail}`, error);
  const who = profile ?? process.env["AWS_PROFILE"];
  if (/could not load credentials from any providers/i.test(detail)) {
    return new CredentialsError(
      who
        ? `No AWS credentials found for profile ${who} (not in the shared config or credentials files, or it has no usable keys).`
        : "No AWS credentials found (looked in the environment, SSO cache, shared config and credentials files, container and instance metadata).",
      error,
    );
  }
  return new CredentialsError(`Could not load AWS credentials${who ? ` for profile ${who}` : ""}: ${detail}`, error);
}
