export { startGateway, type RunningGateway, type ServedApi } from "./gateway";
export { GATEWAY_DEFAULTS, type AwsEndpoints, type GatewayOptions, type IntegrationCredentials, type NamedApi } from "./options";
export { localRoleCredentials } from "./integrate/aws/role-credentials";
export { AWS_SERVICE_PROTOCOLS, type AwsServiceProtocol } from "./integrate/aws/service-protocols";
export { consoleLogger, silentLogger, type GatewayLogger } from "./logger";
export { GatewayError, type GatewayErrorMetadata } from "./errors/GatewayError";
export { GatewayOptionsError } from "./errors/GatewayOptionsError";
export { GatewayListenError } from "./errors/GatewayListenError";
export type { GatewayFailure } from "./respond/failure";
export type { GatewayAnswer } from "./respond/answer";
export {
  IntegrationRegistry,
  integrationKind,
  type EndpointResponse,
  type Integration,
  type IntegrationInvocation,
  type IntegrationKind,
  type IntegrationRequest,
  type IntegrationResult,
} from "./integrate/integration";
export { REQUEST_CONVERSIONS, RESPONSE_CONVERSIONS, type Payload } from "./map/binary";
export { GATEWAY_RESPONSE_STATUS, DEFAULT_GATEWAY_RESPONSE_TEMPLATE } from "./respond/gateway-responses";
export { MAX_REQUEST_BYTES } from "./respond/gateway-failures";
export {
  DEFAULT_LOCAL_CREDENTIAL,
  type LocalCredential,
  type CallerIdentity,
  verifySignature,
  VERIFY_SIGNATURE_DEFAULTS,
  type VerifySignatureOptions,
  createLocalCredentialStore,
  type CredentialLookup,
  type AuthorizeRequest,
  type AuthorizeResult,
} from "./authorize";
