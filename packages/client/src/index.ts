// Public surface of @apigw-playground/client.
import { definePlaygroundClient, type PlaygroundClientOf } from "./client/definePlaygroundClient";

export { definePlaygroundClient } from "./client/definePlaygroundClient";
export type { PlaygroundClientClass, PlaygroundClientOf } from "./client/definePlaygroundClient";
export { PlaygroundClientBase } from "./client/PlaygroundClientBase";
export { defaultTimeouts } from "./client/options";
export type { FromStacksOptions, PlaygroundClientOptions, Timeouts } from "./client/options";
export type { CredentialsOption } from "./credentials/resolveCredentials";
export { defaultRetryOptions } from "./retry/retryOptions";
export type { RetryOptions } from "./retry/retryOptions";
export * from "./runtime/index";

export { CloudFormationError } from "./errors/CloudFormationError";
export { ConfigurationError } from "./errors/ConfigurationError";
export { CredentialsError } from "./errors/CredentialsError";
export { GatewayError } from "./errors/GatewayError";
export { InvalidInputError } from "./errors/InvalidInputError";
export { NetworkError } from "./errors/NetworkError";
export { PlaygroundClientError } from "./errors/PlaygroundClientError";
export type { Fault, ResponseMetadata } from "./errors/PlaygroundClientError";
export { RouteError } from "./errors/RouteError";
export { StackNotFoundError } from "./errors/StackNotFoundError";
export { StackOutputMissingError } from "./errors/StackOutputMissingError";
export { TimeoutError } from "./errors/TimeoutError";
export { UnexpectedResponseError } from "./errors/UnexpectedResponseError";

// The generated registry (packages/codegen writes src/generated/; `pnpm generate`) plugs in here.
import { templates } from "./generated/index";
export const PlaygroundClient = definePlaygroundClient(templates);
export type PlaygroundClient = PlaygroundClientOf<typeof templates>;
/** Each template's models and inputs as a type-only namespace, e.g. `dynamodb.Item`. */
export type * from "./generated/index";
