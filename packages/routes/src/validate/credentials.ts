import { integrationsOf, isUnresolved, type ApiRule } from "./rule";

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
/** API Gateway's special value: call the backend with the caller's own IAM credentials. */
const CALLER_CREDENTIALS = "arn:aws:iam::*:user/*";

/** `credentials` is the ARN of the IAM role API Gateway assumes (or the caller-credentials wildcard). */
export const checkCredentials: ApiRule = (check) => {
  for (const { integration, at } of integrationsOf(check)) {
    const credentials = integration.credentials;
    if (credentials === undefined || isUnresolved(credentials)) continue;
    if (typeof credentials !== "string" || (!ROLE_ARN.test(credentials) && credentials !== CALLER_CREDENTIALS)) {
      check.report(
        [...at, "credentials"],
        `credentials must be an IAM role ARN (arn:aws:iam::<account>:role/<name>, e.g. !GetAtt Role.Arn), got ${JSON.stringify(credentials)}`,
      );
    }
  }
};
