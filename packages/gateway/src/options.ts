import type { ApiModel, TemplateModel } from "@apigw-playground/routes";
import { DEFAULT_LOCAL_CREDENTIAL, type LocalCredential } from "./authorize";
import { consoleLogger, type GatewayLogger } from "./logger";

/** An API to serve, named by the template it comes from. */
export interface NamedApi {
  templateName: string;
  api: ApiModel;
}

/**
 * Credentials the gateway signs AWS integration requests with, for an integration's execution role
 * ARN (its `credentials`): the local stand-in for `sts:AssumeRole`.
 */
export type IntegrationCredentials = (roleArn: string) => LocalCredential;

/** The base URL of an AWS service in a region (`http://127.0.0.1:4567`), or undefined for the default. */
export type AwsEndpoints = (service: string, region: string) => string | undefined;

/** Options of `startGateway`. Every default is in `GATEWAY_DEFAULTS`. */
export interface GatewayOptions {
  /** Templates whose APIs to serve (each API on its own listener). */
  templates?: readonly TemplateModel[];
  /** APIs to serve, besides those of `templates`. */
  apis?: readonly NamedApi[];
  /** @default "127.0.0.1" */
  host?: string;
  /** Port of the first API; 0 lets the OS choose. Further APIs get OS-chosen ports unless `ports` names them. @default 0 */
  port?: number;
  /** Ports by template name. @default {} */
  ports?: Readonly<Record<string, number>>;
  /** The IAM users whose signatures AWS_IAM methods accept. @default [DEFAULT_LOCAL_CREDENTIAL] (AKIDLOCALPLAYGROUND) */
  credentials?: readonly LocalCredential[];
  /** The region requests must be signed for (and `$context` reports). @default "us-east-1" */
  region?: string;
  /** `$context.accountId`. @default "123456789012" */
  accountId?: string;
  /** Stage variables set on every API, over the template's own. @default {} */
  stageVariables?: Readonly<Record<string, string>>;
  /** VPC link connection id → local upstream base URL (`http://127.0.0.1:8080`). @default {} */
  connections?: Readonly<Record<string, string>>;
  /**
   * Where AWS integrations send each service's requests, by the ARN's service name (`dynamodb`, `s3`,
   * `sns`, `sqs`, `events`, `states`) and region. Returning undefined falls through to
   * `AWS_ENDPOINT_URL_<SERVICE_ID>`, then `AWS_ENDPOINT_URL`, then the real endpoint
   * `https://{service}.{region}.amazonaws.com`. With an override, S3 is addressed path-style.
   * @default undefined (environment variables, else real AWS)
   */
  awsEndpoints?: AwsEndpoints;
  /**
   * Credentials AWS integrations sign with, by execution role ARN.
   * @default deterministic local credentials per role (`ASIA…`, see `localRoleCredentials`); for a
   * real AWS endpoint, the standard environment credentials (`AWS_ACCESS_KEY_ID`,
   * `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`) when set
   */
  integrationCredentials?: IntegrationCredentials;
  /**
   * Check each AWS integration call against its execution role's policies in the templates before
   * sending it, and answer as the service does when IAM refuses (AccessDeniedException…).
   * Roles no template defines, or with managed policies no template defines, are not checked.
   * @default true when `templates` are given (only they carry the roles), false otherwise
   */
  enforceIamPolicies?: boolean;
  /** The gateway's clock (signature windows, quotas, `$context.requestTime`). @default () => new Date() */
  now?: () => Date;
  /** Where execution-log lines go. @default consoleLogger */
  logger?: GatewayLogger;
}

/** The defaults of `GatewayOptions`. */
export const GATEWAY_DEFAULTS = {
  host: "127.0.0.1",
  port: 0,
  ports: {} as Readonly<Record<string, number>>,
  credentials: [DEFAULT_LOCAL_CREDENTIAL] as readonly LocalCredential[],
  region: "us-east-1",
  accountId: "123456789012",
  stageVariables: {} as Readonly<Record<string, string>>,
  connections: {} as Readonly<Record<string, string>>,
  awsEndpoints: undefined as AwsEndpoints | undefined,
  integrationCredentials: undefined as IntegrationCredentials | undefined,
  now: (): Date => new Date(),
  logger: consoleLogger as GatewayLogger,
} as const;

/** `GatewayOptions` with every default applied (the AWS endpoint and credential resolvers stay optional). */
export type ResolvedGatewayOptions = Omit<Required<GatewayOptions>, "templates" | "apis" | "awsEndpoints" | "integrationCredentials"> &
  Pick<GatewayOptions, "awsEndpoints" | "integrationCredentials">;

/** Applies `GATEWAY_DEFAULTS`. */
export function resolveOptions(options: GatewayOptions): ResolvedGatewayOptions {
  return {
    enforceIamPolicies: options.enforceIamPolicies ?? (options.templates !== undefined && options.templates.length > 0),
    host: options.host ?? GATEWAY_DEFAULTS.host,
    port: options.port ?? GATEWAY_DEFAULTS.port,
    ports: options.ports ?? GATEWAY_DEFAULTS.ports,
    credentials: options.credentials ?? GATEWAY_DEFAULTS.credentials,
    region: options.region ?? GATEWAY_DEFAULTS.region,
    accountId: options.accountId ?? GATEWAY_DEFAULTS.accountId,
    stageVariables: options.stageVariables ?? GATEWAY_DEFAULTS.stageVariables,
    connections: options.connections ?? GATEWAY_DEFAULTS.connections,
    awsEndpoints: options.awsEndpoints ?? GATEWAY_DEFAULTS.awsEndpoints,
    integrationCredentials: options.integrationCredentials ?? GATEWAY_DEFAULTS.integrationCredentials,
    now: options.now ?? GATEWAY_DEFAULTS.now,
    logger: options.logger ?? GATEWAY_DEFAULTS.logger,
  };
}
