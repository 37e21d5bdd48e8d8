import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";

export interface MemoizeOptions {
  /**
   * Refresh temporary credentials this long before their `expiration`, so a request
   * signed near the end is not rejected in flight.
   * @default 300_000 (5 minutes, as the AWS SDKs do)
   */
  refreshBefore?: number;
}

/**
 * Remember the provider's credentials; ask again only when there are none or they
 * expire within `refreshBefore`. Concurrent callers share one refresh in flight.
 * Credentials without `expiration` are kept for the life of the client.
 */
export function memoizeCredentials(
  provider: AwsCredentialIdentityProvider,
  options: MemoizeOptions = {},
): () => Promise<AwsCredentialIdentity> {
  const refreshBefore = options.refreshBefore ?? 300_000;
  let current: AwsCredentialIdentity | undefined;
  let refreshing: Promise<AwsCredentialIdentity> | undefined;

  const fresh = (credentials: AwsCredentialIdentity) =>
    credentials.expiration === undefined || credentials.expiration.getTime() - Date.now() > refreshBefore;

  return () => {
    if (current && fresh(current)) return Promise.resolve(current);
    refreshing ??= Promise.resolve()
      .then(() => provider())
      .then((credentials) => {
        current = credentials;
        return credentials;
      })
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  };
}
