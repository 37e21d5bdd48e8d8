/** Logical ids of the API Gateway resources SAM generates for `Auth.UsagePlan`. */
export interface UsagePlanLogicalIds {
  usagePlan: string;
  apiKey: string;
  usagePlanKey: string;
}

/**
 * SAM names them `{Api}UsagePlan`, `{Api}ApiKey`, `{Api}UsagePlanKey` for `PER_API`, and
 * `ServerlessUsagePlan`, `ServerlessApiKey`, `ServerlessUsagePlanKey` for `SHARED`
 * (samtranslator's api_generator).
 */
export function usagePlanLogicalIds(apiLogicalId: string, mode: "PER_API" | "SHARED"): UsagePlanLogicalIds {
  const prefix = mode === "SHARED" ? "Serverless" : apiLogicalId;
  return { usagePlan: `${prefix}UsagePlan`, apiKey: `${prefix}ApiKey`, usagePlanKey: `${prefix}UsagePlanKey` };
}

/** `Ref: Api.Stage`, `Api.Deployment`, ...: the SAM-generated resources a Serverless::Api exposes. */
export const SAM_API_REFERENCES = ["Stage", "Deployment", "UsagePlan", "ApiKey", "UsagePlanKey"] as const;
export type SamApiReference = (typeof SAM_API_REFERENCES)[number];
