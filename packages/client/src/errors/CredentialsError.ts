import { PlaygroundClientError } from "./PlaygroundClientError";

/** No usable AWS credentials: none found, or the configured source failed. */
export class CredentialsError extends PlaygroundClientError {
  static override readonly kind = "CredentialsError";

  constructor(detail: string, cause?: unknown) {
    super(
      "CredentialsError",
      `${detail} Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, set AWS_PROFILE (or the profile option), or run \`aws sso login\`.`,
      { fault: "client", cause },
    );
  }
}
