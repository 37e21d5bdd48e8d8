import type { CredentialsOption } from "../credentials/resolveCredentials";
import type { RetryOptions } from "../retry/retryOptions";

/** Time limits, in ms. Every default lives in `defaultTimeouts`. */
export interface Timeouts {
  /**
   * To establish a connection (TCP, and the TLS handshake for https).
   * @default 10_000
   */
  connect: number;
  /**
   * For one attempt, from sending to the last byte of the response. API Gateway gives
   * up on an integration after 29 s, so the default leaves it room to answer.
   * @default 30_000
   */
  request: number;
  /**
   * How long an idle keep-alive connection is kept for reuse.
   * @default 4_000
   */
  keepAlive: number;
}

/** The timeout defaults, in one place. */
export const defaultTimeouts: Readonly<Timeouts> = Object.freeze({
  connect: 10_000,
  request: 30_000,
  keepAlive: 4_000,
});

/** Options of a PlaygroundClient; `T` is the template names of its registry. */
export interface PlaygroundClientOptions<T extends string = string> {
  /** The region the APIs (and stacks) are in: the signature's scope. */
  region: string;
  /**
   * Base URL per template, the stage included: `https://abc123.execute-api.us-east-1.amazonaws.com/v1`
   * or, for the local stack, `http://127.0.0.1:4510/v1`.
   * @default {} (PlaygroundClient.fromStacks fills them from the stacks' ApiUrl outputs)
   */
  endpoints?: Partial<Record<T, string | URL>>;
  /** @default the AWS SDK's default chain */
  credentials?: CredentialsOption;
  /** Shared-config profile for the default chain. @default AWS_PROFILE, then `default` */
  profile?: string;
  /** Sent as x-api-key to routes that require a key: one for all templates, or one per template. */
  apiKey?: string | Partial<Record<T, string>>;
  /** @default defaultRetryOptions */
  retry?: Partial<RetryOptions>;
  /** @default defaultTimeouts */
  timeouts?: Partial<Timeouts>;
  /** Appended to the client's User-Agent. */
  userAgent?: string;
}

/** Options of `fromStacks`: the client's options, with stacks to read the endpoints from. */
export interface FromStacksOptions<T extends string = string> extends PlaygroundClientOptions<T> {
  /** Stack name per template, e.g. `{ dynamodb: "apigw-playground-dynamodb" }`. */
  stacks: Partial<Record<T, string>>;
  /**
   * The stack output holding the base URL.
   * @default "ApiUrl"
   */
  outputKey?: string;
  /** @default AWS_ENDPOINT_URL_CLOUDFORMATION, then AWS_ENDPOINT_URL, then https://cloudformation.{region}.amazonaws.com */
  cloudFormationEndpoint?: string;
  /** Cancels the stack look-ups. */
  signal?: AbortSignal;
}
