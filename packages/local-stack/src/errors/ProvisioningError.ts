import { AwsServiceError } from "./AwsServiceError";
import { LocalStackError } from "./LocalStackError";

/** Which resource of which template could not be created. */
export interface ProvisioningFailure {
  template: string;
  /** The template file, so the message can point at it. */
  file: string;
  logicalId: string;
  type: string;
}

/**
 * A template's resource could not be provisioned. The message names the template, the resource and
 * what the service said; `cause` is the underlying `AwsServiceError` (or whatever failed).
 */
export class ProvisioningError extends LocalStackError {
  static override readonly kind: string = "ProvisioningError";
  readonly template: string;
  readonly logicalId: string;
  readonly type: string;

  constructor(failure: ProvisioningFailure, cause: unknown) {
    const said = cause instanceof AwsServiceError ? cause.message : cause instanceof Error ? cause.message : String(cause);
    super(
      cause instanceof AwsServiceError ? cause.name : "ProvisioningFailed",
      `Could not provision ${failure.logicalId} (${failure.type}) of template "${failure.template}": ${said}. ` +
        `Check the resource in ${failure.file}, and that the endpoint serving the service is up.`,
      cause instanceof AwsServiceError ? cause.$fault : "server",
      cause instanceof AwsServiceError ? cause.$metadata : {},
      cause,
    );
    this.template = failure.template;
    this.logicalId = failure.logicalId;
    this.type = failure.type;
  }
}
