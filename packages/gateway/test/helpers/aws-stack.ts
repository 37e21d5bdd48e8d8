import { type BackendSet, type ServiceName, startBackends } from "@apigw-playground/backends";
import { signRequest } from "@apigw-playground/backends/testing";
import { findTemplatesDir, loadTemplate, type TemplateModel } from "@apigw-playground/routes";
import { type GatewayOptions, type RunningGateway, startGateway } from "../../src";
import { recordingLogger } from "./gateway";
import { send, type ClientResponse } from "./http";
import { provision } from "./provision";

/** A real template served by the gateway against local backends holding its resources. */
export interface AwsStack {
  template: TemplateModel;
  backends: BackendSet;
  gateway: RunningGateway;
  url: string;
  logs: string[];
  /** A SigV4-signed request to the API (the template's methods are AWS_IAM). */
  call(method: string, path: string, init?: { headers?: Record<string, string>; body?: string | Buffer }): Promise<ClientResponse>;
  stop(): Promise<void>;
}

/** How to start an `AwsStack`. */
export interface AwsStackOptions {
  /** The backends the template's integrations call. */
  services: readonly ServiceName[];
  /** More `startGateway` options. */
  gateway?: Omit<GatewayOptions, "templates" | "apis">;
  /** Changes the loaded template before it is served (e.g. a narrower role policy). */
  edit?: (template: TemplateModel) => void;
  /** Scales Step Functions Wait states. @default 1 */
  waitTimeScale?: number;
}

/** Loads `templates/<name>`, starts the backends it needs, creates its resources, serves it. */
export async function startAwsStack(name: string, stackOptions: AwsStackOptions): Promise<AwsStack> {
  const template = loadTemplate(`${findTemplatesDir()}/${name}/template.yaml`);
  stackOptions.edit?.(template);
  const options = stackOptions.gateway ?? {};
  const backends = await startBackends({
    services: stackOptions.services,
    ...(stackOptions.waitTimeScale === undefined ? {} : { waitTimeScale: stackOptions.waitTimeScale }),
  });
  const logger = recordingLogger();
  let gateway: RunningGateway;
  try {
    await provision(template, backends);
    gateway = await startGateway({
      templates: [template],
      awsEndpoints: (service) => backends.endpoints[service as ServiceName],
      logger,
      ...options,
    });
  } catch (e) {
    await backends.stop();
    throw e;
  }
  const url = gateway.urlFor(name);
  return {
    template,
    backends,
    gateway,
    url,
    logs: logger.lines,
    async call(method, path, init = {}) {
      const body = init.body;
      const headers = await signRequest({ service: "execute-api", url: `${url}${path}`, method, headers: init.headers ?? {}, ...(body === undefined ? {} : { body }) });
      return send(url, path, { method, headers, ...(body === undefined ? {} : { body }) });
    },
    async stop() {
      await gateway.stop();
      await backends.stop();
    },
  };
}
