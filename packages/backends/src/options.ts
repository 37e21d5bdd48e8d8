import type { BackendOptions } from "./types";

/** The defaults of {@link BackendOptions}, in one place. */
export const defaultBackendOptions: Required<BackendOptions> = {
  region: "us-east-1",
  accountId: "123456789012",
};

/** Fills in every default of {@link BackendOptions}. */
export function resolveBackendOptions(options: BackendOptions = {}): Required<BackendOptions> {
  return {
    region: options.region ?? defaultBackendOptions.region,
    accountId: options.accountId ?? defaultBackendOptions.accountId,
  };
}
