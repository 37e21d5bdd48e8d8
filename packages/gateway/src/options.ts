import type { ApiModel, TemplateModel } from "@apigw-playground/routes";
import { DEFAULT_LOCAL_CREDENTIAL, type LocalCredential } from "./authorize";
import { consoleLogger, type GatewayLogger } from "./logger";

/** An API to serve, named by the template it comes from. */
export interface NamedApi {
  templateName: string;
  api: ApiModel;
}

/** Credentials the gateway signs AWS integration requests with (for an integration's role ARN). */
export type IntegrationCredentials = (roleArn: string | undefined) => LocalCredential;

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
  /** The endpoint of an AWS service in a region, for AWS integrations (a later issue). @default real AWS endpoints */
  awsEndpoints?: (service: string, region: string) => string;
  /** Credentials for AWS integrations (a later issue). @default the default local user, whatever the role */
  integrationCredentials?: IntegrationCredentials;
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
  awsEndpoints: (service: string, region: string): string => `https://${service}.${region}.amazonaws.com`,
  integrationCredentials: ((): LocalCredential => DEFAULT_LOCAL_CREDENTIAL) as IntegrationCredentials,
  now: (): Date => new Date(),
  logger: consoleLogger as GatewayLogger,
} as const;

/** `GatewayOptions` with every default applied. */
export type ResolvedGatewayOptions = Omit<Required<GatewayOptions>, "templates" | "apis">;

/** Applies `GATEWAY_DEFAULTS`. */
export function resolveOptions(options: GatewayOptions): ResolvedGatewayOptions {
  return {
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
