import { createHash } from "node:crypto";
import type { CallerIdentity, LocalCredential } from "../types";

const DEFAULT_ACCOUNT_ID = "123456789012";
const DEFAULT_USER_NAME = "local-playground";
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/**
 * `$context.identity` for a request signed with a local IAM user: `caller` and `user`
 * are the user's unique id (IAM user ids look like `AIDA` + 17 characters; ours is
 * derived from account and name so it is stable), `userArn` is
 * `arn:aws:iam::<account>:user/<name>`.
 */
export function callerIdentity(credential: LocalCredential): CallerIdentity {
  const accountId = credential.accountId ?? DEFAULT_ACCOUNT_ID;
  const userName = credential.userName ?? DEFAULT_USER_NAME;
  const userId = localUserId(accountId, userName);
  return {
    accessKey: credential.accessKeyId,
    accountId,
    caller: userId,
    user: userId,
    userArn: `arn:aws:iam::${accountId}:user/${userName}`,
  };
}

function localUserId(accountId: string, userName: string): string {
  const digest = createHash("sha256").update(`${accountId}:${userName}`).digest();
  let id = "AIDA";
  for (let i = 0; id.length < 21; i++) id += BASE32[digest[i]! % 32];
  return id;
}
