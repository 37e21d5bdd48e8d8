import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApiRuntime } from "./api-runtime";
import { GatewayListenError } from "./errors/GatewayListenError";
import { GatewayOptionsError } from "./errors/GatewayOptionsError";
import { createAwsIntegration } from "./integrate/aws/aws-integration";
import { collectRolePolicies } from "./integrate/aws/iam/role-policies";
import { createHttpAgent } from "./integrate/http/send-http";
import { createHttpIntegration } from "./integrate/http/http-integration";
import { IntegrationRegistry } from "./integrate/integration";
import { createMockIntegration } from "./integrate/mock/mock-integration";
import { createVpcLinkIntegration } from "./integrate/vpc-link/vpc-link-integration";
import { type GatewayOptions, type NamedApi, resolveOptions } from "./options";
import { createApiServer } from "./server";

/** One API being served. */
export interface ServedApi {
  /** The template the API comes from (its folder name, e.g. `mock`). */
  templateName: string;
  /** The API's logical id in the template. */
  logicalId: string;
  apiId: string;
  stage: string;
  /** `http://127.0.0.1:PORT/STAGE`, the local stand-in for `https://{apiId}.execute-api.{region}.amazonaws.com/{stage}`. */
  url: string;
  port: number;
}

/** A running local gateway. */
export interface RunningGateway {
  apis: ServedApi[];
  /** The base URL of a template's (first) API. @throws GatewayOptionsError for an unknown name */
  urlFor(templateName: string): string;
  /** Closes every listener and the connections to upstreams. */
  stop(): Promise<void>;
}

/**
 * Starts the local API Gateway: each API on its own 127.0.0.1 listener, paths shaped like
 * execute-api's (`/{stage}/...`).
 *
 * @example
 * const gateway = await startGateway({ templates: [loadTemplate("templates/mock/template.yaml")] });
 * const res = await fetch(`${gateway.urlFor("mock")}/hello`);
 * await gateway.stop();
 * @throws GatewayOptionsError when there is nothing to serve or `ports` names an unknown template
 * @throws GatewayListenError when a port cannot be opened
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const resolved = resolveOptions(options);
  const named: NamedApi[] = [];
  for (const template of options.templates ?? []) for (const api of template.apis) named.push({ templateName: template.name, api });
  named.push(...(options.apis ?? []));
  if (named.length === 0) {
    throw new GatewayOptionsError("No API to serve: pass templates (with at least one REST API) or apis to startGateway.");
  }
  for (const name of Object.keys(resolved.ports)) {
    if (!named.some((n) => n.templateName === name)) {
      throw new GatewayOptionsError(`ports names "${name}", which is not a template being served (${[...new Set(named.map((n) => n.templateName))].join(", ")}).`);
    }
  }

  const agent = createHttpAgent();
  const integrations = new IntegrationRegistry({
    MOCK: createMockIntegration(),
    HTTP: createHttpIntegration(agent),
    VPC_LINK: createVpcLinkIntegration(agent, resolved.connections),
    AWS: createAwsIntegration({
      agent,
      ...(resolved.awsEndpoints === undefined ? {} : { awsEndpoints: resolved.awsEndpoints }),
      ...(resolved.integrationCredentials === undefined ? {} : { integrationCredentials: resolved.integrationCredentials }),
      ...(resolved.enforceIamPolicies ? { rolePolicies: collectRolePolicies(options.templates ?? []) } : {}),
      accountId: resolved.accountId,
      now: resolved.now,
    }),
  });

  const servers: Server[] = [];
  const apis: ServedApi[] = [];
  const usedTemplatePorts = new Set<string>();
  try {
    for (const [index, { templateName, api }] of named.entries()) {
      const runtime = createApiRuntime(templateName, api, resolved, integrations);
      const server = createApiServer(runtime);
      servers.push(server);
      // A template's port applies to its first API; the first API overall gets `port`.
      let port = 0;
      if (resolved.ports[templateName] !== undefined && !usedTemplatePorts.has(templateName)) port = resolved.ports[templateName]!;
      else if (index === 0) port = resolved.port;
      usedTemplatePorts.add(templateName);
      const actual = await listen(server, resolved.host, port);
      const hostForUrl = resolved.host.includes(":") ? `[${resolved.host}]` : resolved.host;
      apis.push({
        templateName,
        logicalId: api.logicalId,
        apiId: api.restApiId,
        stage: api.stageName,
        url: `http://${hostForUrl}:${actual}/${api.stageName}`,
        port: actual,
      });
    }
  } catch (e) {
    await Promise.all(servers.map(close));
    await agent.close();
    throw e;
  }

  let stopped: Promise<void> | undefined;
  return {
    apis,
    urlFor(templateName) {
      const api = apis.find((a) => a.templateName === templateName);
      if (api === undefined) {
        throw new GatewayOptionsError(`No API from template "${templateName}" is served; served: ${apis.map((a) => a.templateName).join(", ")}.`);
      }
      return api.url;
    },
    stop() {
      stopped ??= (async () => {
        await Promise.all(servers.map(close));
        await agent.close();
      })();
      return stopped;
    },
  };
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(new GatewayListenError(`Cannot listen on ${host}:${port}: ${e.message}. Choose another port (0 lets the OS choose).`, e));
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeIdleConnections();
    // Requests still in flight when stop() is called are cut: stop means stop.
    server.closeAllConnections();
  });
}
