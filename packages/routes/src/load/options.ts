import type { ParameterOverrides } from "../resolve/parameters";

/** Options of `loadTemplate` / `checkTemplate`. */
export interface LoadOptions {
  /** Parameter values, over the template's defaults and samconfig's `parameter_overrides`. */
  parameters?: ParameterOverrides;
  /** @default "us-east-1" */
  region?: string;
  /** @default "123456789012" */
  accountId?: string;
  /**
   * The stack name behind `AWS::StackName` and generated physical names.
   * @default samconfig.toml's `stack_name` for this template, else `apigw-playground-<name>`
   */
  stackName?: string;
  /** @default the template's folder name (`templates/dynamodb/template.yaml` → `dynamodb`), else its file stem */
  name?: string;
  /**
   * The samconfig.toml to read stack names and parameter overrides from, or `false` to read none.
   * @default the nearest samconfig.toml at or above the template's folder
   */
  samconfig?: string | false;
}

/** Defaults of {@link LoadOptions}: the team's local account and region. */
export const DEFAULT_LOAD_OPTIONS = {
  region: "us-east-1",
  accountId: "123456789012",
  stackNamePrefix: "apigw-playground-",
} as const;
