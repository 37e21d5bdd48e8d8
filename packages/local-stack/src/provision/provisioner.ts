import type { ServiceName } from "@apigw-playground/backends";
import type { ResolvedResource, TemplateModel } from "@apigw-playground/routes";
import type { AwsCaller } from "../aws/createAwsCaller";

/** What a provisioner gets: the resource as the route loader resolved it, and a signed caller. */
export interface ProvisionContext {
  template: TemplateModel;
  resource: ResolvedResource;
  caller: AwsCaller;
  region: string;
  accountId: string;
  /**
   * Queue URLs as CreateQueue answered them, keyed by the queue's physical id in the model (the
   * AWS-form URL the template's `Ref`s hold), so a queue policy addresses the queue the service made.
   */
  queueUrls: Map<string, string>;
}

/** What provisioning one resource did. */
export interface ProvisionOutcome {
  /** `existed`: the service already had it ("already exists" accepted, nothing changed). */
  status: "created" | "existed";
  /** The id the service reports (table name, bucket, ARN, queue URL), when it reports one. */
  serviceId?: string;
  /** Properties of the resource that have no local effect and were not sent. */
  ignoredProperties: string[];
}

/** Creates one CloudFormation resource type from its resolved properties, over the service's wire protocol. */
export interface Provisioner {
  /** The service that holds the resource (its endpoint must be known). */
  service: ServiceName;
  provision(context: ProvisionContext): Promise<ProvisionOutcome>;
}

/** The property names of a resource that a provisioner does not send. */
export function ignoredProperties(resource: ResolvedResource, used: readonly string[]): string[] {
  return Object.keys(resource.properties).filter((name) => !used.includes(name));
}

/** The last `:`- or `/`-separated segment of an ARN (a state machine's or rule's name). */
export function arnName(arn: string): string {
  return arn.slice(Math.max(arn.lastIndexOf(":"), arn.lastIndexOf("/")) + 1);
}
