import { createHash } from "node:crypto";
import type { AwsCredentials } from "./sign-request";

/** Resolves an integration's execution role ARN to the credentials to sign with. */
export type IntegrationCredentialsResolver = (roleArn: string) => AwsCredentials;

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/**
 * The local stand-in for `sts:AssumeRole` on an integration's role: deterministic temporary
 * credentials per role ARN. The access key id has the shape of AWS's temporary keys (`ASIA` + 16
 * base-32 characters), so whoever reads the backends' requests can tell which role called.
 *
 * @example localRoleCredentials("arn:aws:iam::123456789012:role/GetItemRole").accessKeyId // "ASIA…" (20 characters)
 */
export function localRoleCredentials(roleArn: string): Required<AwsCredentials> {
  const digest = createHash("sha256").update(`apigw-playground role ${roleArn}`).digest();
  let id = "";
  for (let i = 0; i < 16; i++) id += BASE32[digest[i]! % 32];
  const secret = createHash("sha256").update(`apigw-playground secret ${roleArn}`).digest("base64").slice(0, 40);
  const token = Buffer.from(`apigw-playground local session for ${roleArn}`, "utf8").toString("base64");
  return { accessKeyId: `ASIA${id}`, secretAccessKey: secret, sessionToken: token };
}

/** The standard credential variables (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`), when both keys are set. */
export function environmentCredentials(env: Readonly<Record<string, string | undefined>>): AwsCredentials | undefined {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = env.AWS_SESSION_TOKEN;
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}

/**
 * The credentials of one integration call:
 * 1. the `integrationCredentials` option of `startGateway`, when given;
 * 2. for a real AWS endpoint (no endpoint override), the standard environment credentials — the
 *    local gateway cannot assume the role, so whoever runs it signs (their permissions apply, not
 *    the role's);
 * 3. otherwise `localRoleCredentials(roleArn)`.
 */
export function integrationCredentials(
  roleArn: string,
  resolver: IntegrationCredentialsResolver | undefined,
  realAws: boolean,
  env: Readonly<Record<string, string | undefined>>,
): AwsCredentials {
  if (resolver !== undefined) return resolver(roleArn);
  if (realAws) {
    const fromEnv = environmentCredentials(env);
    if (fromEnv !== undefined) return fromEnv;
  }
  return localRoleCredentials(roleArn);
}
