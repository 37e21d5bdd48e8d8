import type { ServiceName } from "@apigw-playground/backends";
import { consoleLogger, DEFAULT_LOCAL_CREDENTIAL, type GatewayLogger } from "@apigw-playground/gateway";
import type { TemplateModel } from "@apigw-playground/routes";
import type { ProgressListener } from "./progress";

/** Options of `startLocalStack`. Every default is in {@link LOCAL_STACK_DEFAULTS}. */
export interface LocalStackOptions {
  /** Template names (folders under `templatesDir`), e.g. `["dynamodb", "s3"]`. @default every template under templatesDir (all eight) */
  templates?: readonly string[];
  /** The folder holding `<name>/template.yaml`. @default findTemplatesDir() — the repository's templates/ */
  templatesDir?: string;
  /** Parameter overrides per template name, e.g. `{ mock: { ApiKeyValue: "…" } }`. @default {} */
  parameters?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Region of ARNs, signatures and backends. @default "us-east-1" */
  region?: string;
  /** Account id of ARNs and queue URLs. @default "123456789012" */
  accountId?: string;
  /** Port of the first API; the others get OS-chosen ports. @default 0 (OS-chosen) */
  port?: number;
  /**
   * External AWS-compatible endpoints (moto_server, LocalStack…) by service; those services get no
   * embedded backend. `AWS_ENDPOINT_URL_<SERVICE>` and `AWS_ENDPOINT_URL` in `env` count too
   * (this option wins, then the service's variable, then the global one).
   * @default {}
   */
  endpoints?: Readonly<Partial<Record<ServiceName, string>>>;
  /** Where `AWS_ENDPOINT_URL*` are read from. @default process.env (read when the stack starts) */
  env?: Readonly<Record<string, string | undefined>>;
  /** Create the templates' resources (tables, buckets, topics…) in their services. @default true */
  provision?: boolean;
  /** How long one provisioning call may take before it fails. @default 10000 */
  provisionTimeoutMs?: number;
  /**
   * Changes a template's model after loading and before anything is started or served — a test
   * can shorten an integration's `timeoutInMillis`, say. @default (model) => model
   */
  transformTemplate?: (model: TemplateModel) => TemplateModel;
  /** Receives progress events (templates loaded, backends up, each resource provisioned or not…). @default () => {} */
  onProgress?: ProgressListener;
  /** Where the gateway's execution log and the stack's warnings (ids that differ, types no provisioner creates) go. @default consoleLogger */
  logger?: GatewayLogger;
}

/**
 * The defaults of {@link LocalStackOptions}, in one place. `templates` and `templatesDir` are left
 * out: they default to what `findTemplatesDir()` finds when the stack starts.
 */
export const LOCAL_STACK_DEFAULTS = {
  parameters: {} as Readonly<Record<string, Readonly<Record<string, string>>>>,
  region: "us-east-1",
  accountId: "123456789012",
  port: 0,
  endpoints: {} as Readonly<Partial<Record<ServiceName, string>>>,
  provision: true,
  provisionTimeoutMs: 10_000,
  transformTemplate: (model: TemplateModel): TemplateModel => model,
  onProgress: (() => {}) as ProgressListener,
  logger: consoleLogger as GatewayLogger,
  /** The local IAM user: the gateway accepts its signatures, and the stack signs AWS calls with it. */
  credentials: { accessKeyId: DEFAULT_LOCAL_CREDENTIAL.accessKeyId, secretAccessKey: DEFAULT_LOCAL_CREDENTIAL.secretAccessKey },
} as const;

/** `LocalStackOptions` with every default applied (`templates` stays optional: undefined means all). */
export interface ResolvedLocalStackOptions extends Required<Omit<LocalStackOptions, "templates" | "templatesDir">> {
  templates: readonly string[] | undefined;
  templatesDir: string | undefined;
}

/** Applies {@link LOCAL_STACK_DEFAULTS}. */
export function resolveOptions(options: LocalStackOptions): ResolvedLocalStackOptions {
  return {
    templates: options.templates,
    templatesDir: options.templatesDir,
    parameters: options.parameters ?? LOCAL_STACK_DEFAULTS.parameters,
    region: options.region ?? LOCAL_STACK_DEFAULTS.region,
    accountId: options.accountId ?? LOCAL_STACK_DEFAULTS.accountId,
    port: options.port ?? LOCAL_STACK_DEFAULTS.port,
    endpoints: options.endpoints ?? LOCAL_STACK_DEFAULTS.endpoints,
    env: options.env ?? process.env,
    provision: options.provision ?? LOCAL_STACK_DEFAULTS.provision,
    provisionTimeoutMs: options.provisionTimeoutMs ?? LOCAL_STACK_DEFAULTS.provisionTimeoutMs,
    transformTemplate: options.transformTemplate ?? LOCAL_STACK_DEFAULTS.transformTemplate,
    onProgress: options.onProgress ?? LOCAL_STACK_DEFAULTS.onProgress,
    logger: options.logger ?? LOCAL_STACK_DEFAULTS.logger,
  };
}
