import type { Agent } from "undici";
import { uriEncode } from "../../authorize/sigv4/uri-encode";
import type { GatewayLogger } from "../../logger";
import { apiConfigurationError } from "../../respond/gateway-failures";
import { sendHttp } from "../http/send-http";
import type { Integration, IntegrationResult } from "../integration";
import { parseAwsTarget } from "./aws-target";
import { buildServiceRequest } from "./build-service-request";
import { guardCall } from "./iam/guard-call";
import type { RolePolicies } from "./iam/role-policies";
import { recordIntegrationContext } from "./integration-context";
import { type AwsEndpointResolver, type ResolvedEndpoint, resolveEndpoint } from "./resolve-endpoint";
import { type IntegrationCredentialsResolver, integrationCredentials } from "./role-credentials";
import { createRequestSigner, type OutgoingRequest } from "./sign-request";

/** What the AWS integration needs from the gateway. */
export interface AwsIntegrationOptions {
  /** The gateway's keep-alive pools (shared with HTTP integrations). */
  agent: Agent;
  /** The `awsEndpoints` option. @default undefined (environment variables, else real AWS) */
  awsEndpoints?: AwsEndpointResolver;
  /** The `integrationCredentials` option. @default local role credentials (env credentials for real AWS) */
  integrationCredentials?: IntegrationCredentialsResolver;
  /** Execution roles and their policies; calls are checked against them when given. @default undefined (no check) */
  rolePolicies?: RolePolicies;
  /** The account of resources named without an ARN, when the role ARN names none. @default "123456789012" */
  accountId?: string;
  /** The clock requests are signed with. @default () => new Date() */
  now?: () => Date;
  /** Where `AWS_ENDPOINT_URL*` and `AWS_ACCESS_KEY_ID`… are read. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * AWS integrations: calls an AWS service the way API Gateway does — the request built from the
 * integration ARN (`action/…` or `path/…`, see `buildServiceRequest`), sent to the service's
 * endpoint (`resolveEndpoint`), SigV4-signed for the ARN's service and region with the execution
 * role's credentials (`integrationCredentials`), within `timeoutInMillis`. The service's answer is
 * the endpoint response: its status is what `selectionPattern` matches.
 *
 * Configuration errors answer 500 (API_CONFIGURATION_ERROR) and say why in the log: AWS_PROXY
 * (Lambda proxy, not served locally), a URI that is not an AWS service ARN, no `credentials`.
 */
export function createAwsIntegration(options: AwsIntegrationOptions): Integration {
  const sign = createRequestSigner();
  const env = options.env ?? process.env;
  const now = options.now ?? (() => new Date());
  const accountId = options.accountId ?? "123456789012";
  let warnedRealAws = false;

  return {
    async invoke({ integration, route, request, context, stageVariables, logger }): Promise<IntegrationResult> {
      const where = `${route.method} ${route.path}`;
      if (integration.type === "AWS_PROXY") {
        return configurationError(logger, `${where} is an AWS_PROXY (Lambda proxy) integration; the local gateway has no Lambda to invoke.`);
      }
      const target = parseAwsTarget(request.uri);
      if (target === undefined) {
        return configurationError(logger, `Invalid AWS integration URI ${request.uri} on ${where}: expected arn:aws:apigateway:{region}:{service}:action/{Action} or :path/{path}.`);
      }
      const roleArn = (integration.credentials ?? "").replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_, name: string) => stageVariables[name] ?? "");
      if (roleArn === "") {
        return configurationError(
          logger,
          `The AWS integration of ${where} has no credentials: API Gateway needs an execution role (x-amazon-apigateway-integration.credentials) to call ${target.service}.`,
        );
      }

      let endpoint: ResolvedEndpoint;
      try {
        endpoint = resolveEndpoint(
          { service: target.service, region: target.region, ...(target.subdomain === undefined ? {} : { subdomain: target.subdomain }), ...(target.protocol.host === undefined ? {} : { host: target.protocol.host }) },
          options.awsEndpoints,
          env,
        );
      } catch (e) {
        return configurationError(logger, `Invalid endpoint address for ${target.service} in ${target.region}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const outgoing = buildServiceRequest(target, request, endpoint);

      const guard = guardCall(options.rolePolicies, roleArn, target, outgoing, accountId);
      if (guard.denied !== undefined) {
        logger.info(`${where}: the execution role ${roleArn} may not ${guard.checked}; answering as ${target.service} does.`);
        recordIntegrationContext(context, { status: guard.denied.status, headers: guard.denied.headers, latencyMs: 0 });
        return { ok: true, response: guard.denied };
      }

      if (!endpoint.overridden && options.integrationCredentials === undefined && env.AWS_ACCESS_KEY_ID === undefined && !warnedRealAws) {
        warnedRealAws = true;
        logger.warn(
          `AWS integrations call real AWS (${endpoint.base.origin}) with local role credentials, which AWS refuses. ` +
            "Point them at local backends (startGateway awsEndpoints, AWS_ENDPOINT_URL_<SERVICE>) or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.",
        );
      }
      const credentials = integrationCredentials(roleArn, options.integrationCredentials, !endpoint.overridden, env);
      const headers = await sign(outgoing, { service: target.protocol.signingName, region: target.region, credentials, date: now() });
      const url = new URL(`${outgoing.origin.origin}${outgoing.path}${queryString(outgoing)}`);

      const started = performance.now();
      const result = await sendHttp(
        options.agent,
        { method: outgoing.method, uri: url.href, headers, query: [], body: { kind: "binary", bytes: outgoing.body } },
        url,
        integration.timeoutInMillis,
        logger,
      );
      const latencyMs = Math.round(performance.now() - started);
      if (!result.ok) {
        recordIntegrationContext(context, { latencyMs, error: result.failure.message });
        return result;
      }
      const response = guard.review(result.response);
      recordIntegrationContext(context, { status: response.status, headers: response.headers, latencyMs });
      return { ok: true, response };
    },
  };
}

function configurationError(logger: GatewayLogger, message: string): IntegrationResult {
  logger.error(`Execution failed due to configuration error: ${message}`);
  return { ok: false, failure: apiConfigurationError() };
}

function queryString(request: OutgoingRequest): string {
  if (request.query.length === 0) return "";
  return `?${request.query.map(([name, value]) => `${uriEncode(name)}=${uriEncode(value)}`).join("&")}`;
}
