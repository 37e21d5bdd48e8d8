import type { ResolvedResource, TemplateModel } from "@apigw-playground/routes";
import type { AwsCaller } from "../aws/createAwsCaller";
import { ProvisioningError } from "../errors/ProvisioningError";
import type { ProgressListener } from "../progress";
import { notProvisionedReason, PROVISIONERS } from "./provisioners";

/** Options of {@link provisionTemplate}. */
export interface ProvisionTemplateOptions {
  caller: AwsCaller;
  region: string;
  accountId: string;
  onProgress: ProgressListener;
}

/**
 * Creates a template's resources in their services, each as soon as the resources it depends on
 * (`dependsOn`: DependsOn plus references) exist — independent ones in parallel, as CloudFormation
 * does. Types without a provisioner are reported once as not provisioned.
 * @throws ProvisioningError naming the template, the resource and what the service said; the
 *   other resources in flight are awaited first, so nothing is left half-sent
 */
export async function provisionTemplate(template: TemplateModel, options: ProvisionTemplateOptions): Promise<void> {
  const queueUrls = new Map<string, string>();
  const running = new Map<string, Promise<void>>();

  const provisionOne = async (resource: ResolvedResource): Promise<void> => {
    const provisioner = PROVISIONERS[resource.type];
    if (provisioner === undefined) {
      options.onProgress({
        type: "resource-not-provisioned",
        template: template.name,
        logicalId: resource.logicalId,
        resourceType: resource.type,
        reason: notProvisionedReason(resource.type),
      });
      return;
    }
    const started = performance.now();
    try {
      const outcome = await provisioner.provision({ template, resource, caller: options.caller, region: options.region, accountId: options.accountId, queueUrls });
      options.onProgress({
        type: "resource-provisioned",
        template: template.name,
        logicalId: resource.logicalId,
        resourceType: resource.type,
        physicalId: resource.physicalId,
        status: outcome.status,
        ignoredProperties: outcome.ignoredProperties,
        ms: performance.now() - started,
      });
      if (outcome.serviceId !== undefined && !sameId(resource, outcome.serviceId)) {
        options.onProgress({
          type: "warning",
          template: template.name,
          logicalId: resource.logicalId,
          message: `the service named ${resource.logicalId} "${outcome.serviceId}", the template's routes use "${resource.physicalId}"; requests that reference it may not reach it`,
        });
      }
    } catch (cause) {
      throw new ProvisioningError({ template: template.name, file: template.file, logicalId: resource.logicalId, type: resource.type }, cause);
    }
  };

  const run = (logicalId: string, chain: readonly string[]): Promise<void> => {
    const existing = running.get(logicalId);
    if (existing !== undefined) return existing;
    const resource = template.resources[logicalId];
    // A dependency on a resource whose condition is false (or a parameter name) has nothing to wait for.
    if (resource === undefined) return Promise.resolve();
    if (chain.includes(logicalId)) {
      return Promise.reject(
        new ProvisioningError({ template: template.name, file: template.file, logicalId, type: resource.type }, new Error(`circular dependency: ${[...chain, logicalId].join(" → ")}`)),
      );
    }
    const next = [...chain, logicalId];
    const promise = Promise.all(resource.dependsOn.map((dependency) => run(dependency, next))).then(() => provisionOne(resource));
    running.set(logicalId, promise);
    return promise;
  };

  const results = await Promise.allSettled(Object.keys(template.resources).map((logicalId) => run(logicalId, [])));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
}

/**
 * Whether the id a service answered is the one the model expects. Queue URLs differ in their host
 * (the local endpoint, not sqs.<region>.amazonaws.com) and are compared by account and name.
 */
function sameId(resource: ResolvedResource, serviceId: string): boolean {
  if (serviceId === resource.physicalId || Object.values(resource.attributes).includes(serviceId)) return true;
  if (resource.type === "AWS::SQS::Queue") return queuePath(serviceId) === queuePath(resource.physicalId);
  return false;
}

function queuePath(url: string): string {
  try {
    return new URL(url).pathname.split("/").filter(Boolean).slice(-2).join("/");
  } catch {
    return url; // Not a URL: compared as written.
  }
}
