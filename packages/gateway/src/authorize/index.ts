export type { AuthorizeRequest, AuthorizeResult, CallerIdentity, LocalCredential } from "./types";
export {
  verifySignature,
  describeSignature,
  VERIFY_SIGNATURE_DEFAULTS,
  type VerifySignatureOptions,
  type SigningStrings,
} from "./sigv4/verify-signature";
export {
  createLocalCredentialStore,
  DEFAULT_LOCAL_CREDENTIAL,
  type CredentialLookup,
} from "./credentials/local-credential-store";
export { callerIdentity } from "./credentials/caller-identity";
export {
  createUsagePlanGate,
  ACCOUNT_DEFAULT_THROTTLE,
  type UsagePlanGate,
  type UsagePlanGateOptions,
  type ApiKeyUsage,
  type ApiKeyContext,
} from "./usage-plan/usage-plan-gate";
export { TokenBucket } from "./throttle/token-bucket";
export { QuotaCounter } from "./quota/quota-counter";
export { quotaPeriodStart } from "./quota/quota-period";
