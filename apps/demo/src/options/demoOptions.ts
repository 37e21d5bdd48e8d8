/** Where the scenarios run. */
export type Target = "local" | "aws";

/** What `pnpm demo` was asked to do. Every default lives in {@link DEMO_DEFAULTS}. */
export interface DemoOptions {
  /** Template names to run, in the route model's order. @default every template */
  only?: readonly string[];
  /** Machine-readable results only on stdout. @default false */
  json: boolean;
  /** Print every request and response (bodies truncated). @default false */
  verbose: boolean;
  /** @default "local" */
  target: Target;
  /**
   * The region the APIs are in (signing scope, CloudFormation endpoint).
   * @default --target aws: AWS_REGION, then AWS_DEFAULT_REGION, then "us-east-1"; local: "us-east-1"
   */
  region: string;
  /** Shared-config profile for AWS credentials. @default AWS_PROFILE, then `default` (the SDK's chain) */
  profile?: string;
  /** Stack name per template, over samconfig.toml's. @default {} */
  stacks: Readonly<Record<string, string>>;
  /** The mock template's API key value on AWS (the local stack knows its own). */
  apiKey?: string;
}

/** The defaults of {@link DemoOptions}. */
export const DEMO_DEFAULTS = {
  json: false,
  verbose: false,
  target: "local" as Target,
  region: "us-east-1",
  stacks: {} as Readonly<Record<string, string>>,
} as const;
