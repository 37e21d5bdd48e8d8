import type { LocalCredential } from "../types";

/** The local gateway's default IAM user (team convention): what the demo and the client sign with. */
export const DEFAULT_LOCAL_CREDENTIAL: Readonly<LocalCredential> = Object.freeze({
  accessKeyId: "AKIDLOCALPLAYGROUND",
  secretAccessKey: "local-playground-secret",
  accountId: "123456789012",
  userName: "local-playground",
});

/** Finds the credential for an access key id, as `verifySignature` asks for it. */
export type CredentialLookup = (accessKeyId: string) => LocalCredential | undefined;

/**
 * The IAM users the local gateway accepts signatures from.
 *
 * @param credentials the users; defaults to the single default local user
 *   (`AKIDLOCALPLAYGROUND` / `local-playground-secret`). Pass
 *   `[DEFAULT_LOCAL_CREDENTIAL, ...more]` to keep it alongside others.
 * @returns a lookup by access key id.
 * @throws Error when two credentials share an access key id (which one would sign?).
 * @example
 * const credentials = createLocalCredentialStore();
 * verifySignature(request, { region: "us-east-1", credentials });
 */
export function createLocalCredentialStore(
  credentials: readonly LocalCredential[] = [DEFAULT_LOCAL_CREDENTIAL],
): CredentialLookup {
  const byAccessKey = new Map<string, LocalCredential>();
  for (const credential of credentials) {
    if (byAccessKey.has(credential.accessKeyId)) {
      throw new Error(
        `Two local credentials use the access key id ${credential.accessKeyId}; give each credential its own access key id.`,
      );
    }
    byAccessKey.set(credential.accessKeyId, credential);
  }
  return (accessKeyId) => byAccessKey.get(accessKeyId);
}
