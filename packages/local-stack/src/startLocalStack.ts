import { setImmediate as nextTurn } from "node:timers/promises";
import { type BackendSet, type Delivery, type ReceivedRequest, type ServiceName, startBackends } from "@apigw-playground/backends";
import { type RunningGateway, startGateway } from "@apigw-playground/gateway";
import { type Problem, type TemplateModel, TemplateProblemsError } from "@apigw-playground/routes";
import { createAwsCaller } from "./aws/createAwsCaller";
import { gatewayEndpoints } from "./endpoints/gatewayEndpoints";
import { externalEndpoints } from "./endpoints/serviceEndpoints";
import { LocalStackError } from "./errors/LocalStackError";
import { LocalStackOptionsError } from "./errors/LocalStackOptionsError";
import { LOCAL_STACK_DEFAULTS, type LocalStackOptions, resolveOptions } from "./options";
import type { LocalStackEvent, UpstreamName } from "./progress";
import { isExpectedGap, PROVISIONERS } from "./provision/provisioners";
import { provisionTemplate } from "./provision/provisionTemplate";
import { apiKeysOf } from "./templates/apiKeysOf";
import { declaresParameter } from "./templates/declaresParameter";
import { isSlowToProvision, likelyServices } from "./templates/likelyServices";
import { loadStackTemplate, readStackTemplates } from "./templates/loadStackTemplates";
import { servicesUsed } from "./templates/servicesUsed";
import { vpcLinkIds } from "./templates/vpcLinkConnections";
import { startHttpbin } from "./upstreams/startHttpbin";
import { startPrivateService } from "./upstreams/startPrivateService";
import type { LocalUpstream, UpstreamRequest } from "./upstreams/startUpstream";

/**
 * The template parameter that points a template at its public HTTP upstream (the http template's
 * httpbin.org); the stack sets it to the local httpbin stand-in unless `parameters` sets it.
 */
export const UPSTREAM_PARAMETER = "UpstreamBaseUrl";

/** One API the stack serves. */
export interface StackApi {
  templateName: string;
  /** `http://127.0.0.1:<port>/<stage>` */
  url: string;
  apiId: string;
  stage: string;
}

/** A running local stack. */
export interface LocalStack {
  /** The loaded templates (after `transformTemplate`), in the order they were asked for. */
  templates: TemplateModel[];
  apis: StackApi[];
  /** The base URL of a template's API. @throws LocalStackOptionsError for a template the stack does not serve */
  urlFor(templateName: string): string;
  /** Where each service the stack uses is served: embedded backends and external endpoints. */
  endpoints: Partial<Record<ServiceName, string>>;
  /** The embedded backends, when any service is not served by an external endpoint. */
  backends: BackendSet | undefined;
  /** The local IAM user the gateway accepts SigV4 signatures from. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** The API key values by template, for templates whose routes need one (`x-api-key`). */
  apiKeys: Record<string, string[]>;
  /** The local upstreams' base URLs: httpbin stand-in (`http`), private service (`vpclink`). */
  upstreams: Partial<Record<UpstreamName, string>>;
  /** What a local upstream received, oldest first. */
  upstreamRequests(name: UpstreamName): readonly UpstreamRequest[];
  /** What the embedded backends received (one service's, or all), oldest first; empty for external services. */
  received(service?: ServiceName): ReceivedRequest[];
  /** What the embedded EventBridge rules and SNS subscriptions delivered, oldest first. */
  deliveries(): Delivery[];
  /** Stops the gateway, the upstreams and the backends; resolves when every port is free. */
  stop(): Promise<void>;
}

/**
 * Starts the local environment for a set of templates: embedded AWS backends (or external
 * endpoints such as moto_server), the resources each template declares — created from the template
 * over the services' wire protocols —, local upstreams for the http and vpclink templates, and the
 * local API Gateway serving every API.
 *
 * Work overlaps: the backends start while the templates load, each template's resources are
 * created as soon as it is loaded (state machines first: their definitions are validated on a
 * worker thread, the other core), and the gateway listens while provisioning finishes.
 *
 * @example
 * const stack = await startLocalStack({ templates: ["dynamodb"] });
 * // sign a request with stack.credentials and send it to `${stack.urlFor("dynamodb")}/items/1`
 * await stack.stop();
 * @throws LocalStackOptionsError for unknown templates or endpoints
 * @throws TemplateProblemsError when a template does not load
 * @throws ProvisioningError naming the template, the resource and what the service said
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const startedAt = performance.now();
  const elapsed = () => performance.now() - startedAt;
  const o = resolveOptions(options);
  // Warnings, and resources no provisioner creates, also go to the log: a caller without
  // onProgress must still hear that routes may fail.
  const emit = (event: LocalStackEvent) => {
    if (event.type === "warning") o.logger.warn(`local stack: ${event.template === undefined ? "" : `${event.template}/${event.logicalId}: `}${event.message}`);
    if (event.type === "resource-not-provisioned" && PROVISIONERS[event.resourceType] === undefined && !isExpectedGap(event.resourceType)) o.logger.warn(`local stack: ${event.template}/${event.logicalId}: not provisioned: ${event.reason}`);
    o.onProgress(event);
  };
  const external = externalEndpoints(o.endpoints, o.env);
  const sources = readStackTemplates(o.templatesDir, o.templates);

  // Everything started so far, stopped again if a later step fails.
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    const results = await Promise.allSettled(stops.splice(0).map((stop) => stop()));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (failed) throw failed.reason;
  };
  // Work in flight (backends starting, resources being created): awaited before giving up, so a
  // failure never leaves a request half-sent to a backend that is being stopped.
  const inFlight: Promise<unknown>[] = [];

  try {
    const upstreams: Partial<Record<UpstreamName, LocalUpstream>> = {};
    const needsHttpbin = new Set(sources.filter((t) => declaresParameter(t.source, UPSTREAM_PARAMETER) && o.parameters[t.name]?.[UPSTREAM_PARAMETER] === undefined));
    if (needsHttpbin.size > 0) {
      const httpbin = await startHttpbin();
      stops.push(() => httpbin.stop());
      upstreams.http = httpbin;
      emit({ type: "upstream-started", name: "http", url: httpbin.url, ms: elapsed() });
    }

    const embedded = [...likelyServices(sources)].filter((service) => external[service] === undefined);
    const backendsReady = track(
      inFlight,
      embedded.length === 0
        ? Promise.resolve(undefined)
        : startBackends({ services: embedded, region: o.region, accountId: o.accountId }).then((set) => {
            stops.push(() => set.stop());
            emit({ type: "backends-started", services: embedded, external, ms: elapsed() });
            return set;
          }),
    );
    const callerReady = track(inFlight, backendsReady.then((set) => {
      const caller = createAwsCaller({ endpoints: { ...set?.endpoints, ...external }, region: o.region, credentials: LOCAL_STACK_DEFAULTS.credentials, timeoutMs: o.provisionTimeoutMs });
      stops.push(() => caller.close());
      return caller;
    }));

    // One template per event-loop turn, slow-to-provision ones first: between two loads the
    // backends start and the loaded templates' resources are being created.
    const models = new Map<string, TemplateModel>();
    const problems: Problem[] = [];
    const provisioning: Promise<void>[] = [];
    for (const source of [...sources].sort((a, b) => Number(isSlowToProvision(b)) - Number(isSlowToProvision(a)))) {
      const parameters = { ...(needsHttpbin.has(source) && upstreams.http ? { [UPSTREAM_PARAMETER]: upstreams.http.url } : {}), ...o.parameters[source.name] };
      const loaded = loadStackTemplate(source, parameters, o);
      problems.push(...loaded.problems);
      if (loaded.model) {
        const model = o.transformTemplate(loaded.model);
        models.set(source.name, model);
        if (problems.length === 0) {
          provisioning.push(track(inFlight, o.provision ? callerReady.then((caller) => provisionTemplate(model, { caller, region: o.region, accountId: o.accountId, onProgress: emit })) : reportUnprovisioned(model, emit)));
        }
      }
      await nextTurn();
    }
    if (problems.length > 0) throw new TemplateProblemsError(problems);
    const templates = sources.map((source) => models.get(source.name)!);
    emit({ type: "templates-loaded", templates: templates.map((t) => t.name), ms: elapsed() });

    const unforeseen = [...servicesUsed(templates)].filter((service) => external[service] === undefined && !embedded.includes(service));
    if (unforeseen.length > 0) {
      throw new LocalStackError(
        "InternalFailure",
        `The templates use ${unforeseen.join(", ")}, which their text did not show before loading, so no backend was started for it. Pass an endpoint for it (endpoints option) and report the template.`,
        "server",
      );
    }

    const linkIds = vpcLinkIds(templates);
    if (linkIds.length > 0) {
      const privateService = await startPrivateService();
      stops.push(() => privateService.stop());
      upstreams.vpclink = privateService;
      emit({ type: "upstream-started", name: "vpclink", url: privateService.url, ms: elapsed() });
    }

    const backends = await backendsReady;
    const endpoints: Partial<Record<ServiceName, string>> = { ...backends?.endpoints, ...external };
    const gateway: RunningGateway = await startGateway({
      templates,
      port: o.port,
      region: o.region,
      accountId: o.accountId,
      connections: Object.fromEntries(linkIds.map((id) => [id, upstreams.vpclink!.url])),
      awsEndpoints: gatewayEndpoints(endpoints),
      logger: o.logger,
    });
    stops.push(() => gateway.stop());
    emit({ type: "gateway-started", apis: gateway.apis.map((api) => ({ templateName: api.templateName, url: api.url })), ms: elapsed() });
    await Promise.all(provisioning);
    emit({ type: "ready", ms: elapsed() });

    let stopping: Promise<void> | undefined;
    return {
      templates,
      apis: gateway.apis.map((api) => ({ templateName: api.templateName, url: api.url, apiId: api.apiId, stage: api.stage })),
      urlFor(templateName) {
        const api = gateway.apis.find((a) => a.templateName === templateName);
        if (api === undefined) {
          throw new LocalStackOptionsError(`The stack serves no API of template "${templateName}"; it serves: ${gateway.apis.map((a) => a.templateName).join(", ")}.`);
        }
        return api.url;
      },
      endpoints,
      backends,
      credentials: { ...LOCAL_STACK_DEFAULTS.credentials },
      apiKeys: apiKeysOf(templates),
      upstreams: Object.fromEntries(Object.entries(upstreams).map(([name, upstream]) => [name, upstream.url])),
      upstreamRequests: (name) => upstreams[name]?.received() ?? [],
      received: (service) => backends?.received(service) ?? [],
      deliveries: () => backends?.deliveries() ?? [],
      stop() {
        stopping ??= (async () => {
          const stoppedAt = performance.now();
          await stopAll();
          emit({ type: "stopped", ms: performance.now() - stoppedAt });
        })();
        return stopping;
      },
    };
  } catch (error) {
    await Promise.allSettled(inFlight);
    await stopAll().catch((stopError: unknown) => o.logger.error(`Stopping the partly started local stack failed too: ${String(stopError)}`));
    throw error;
  }
}

/**
 * Remembers a promise as in flight and returns it. It may settle while the templates are still
 * loading, before anything awaits it: a handler is attached at once so that Node does not report
 * its rejection as unhandled. The failure itself is not lost — it is thrown where the promise is awaited.
 */
function track<T>(inFlight: Promise<unknown>[], promise: Promise<T>): Promise<T> {
  inFlight.push(promise);
  promise.catch(() => undefined);
  return promise;
}

/** With `provision: false`, every resource that would have been created is reported as not provisioned. */
async function reportUnprovisioned(template: TemplateModel, emit: (event: LocalStackEvent) => void): Promise<void> {
  for (const resource of Object.values(template.resources)) {
    if (PROVISIONERS[resource.type] === undefined) continue;
    emit({ type: "resource-not-provisioned", template: template.name, logicalId: resource.logicalId, resourceType: resource.type, reason: "provisioning is off (provision: false)" });
  }
}
