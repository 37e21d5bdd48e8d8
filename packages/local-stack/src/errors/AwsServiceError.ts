import { LocalStackError } from "./LocalStackError";

/** What an AWS service (local backend or an external endpoint such as moto_server) answered. */
export interface AwsServiceErrorDetails {
  /** The signing name of the service, e.g. `dynamodb`, `states`. */
  service: string;
  /** The action or request that failed, e.g. `CreateTable` or `PUT /bucket`. */
  action: string;
  /** The endpoint the request went to. */
  endpoint: string;
  /** The service's error code (`ResourceInUseException`, `BucketAlreadyOwnedByYou`), when it gave one. */
  code: string;
  /** The service's own message. */
  serviceMessage: string;
  httpStatusCode?: number;
  requestId?: string;
}

/**
 * An AWS call failed: the service refused it (4xx/5xx with an error document) or could not be
 * reached. `name` is the service's error code; `code`/`serviceMessage` repeat what it said.
 */
export class AwsServiceError extends LocalStackError {
  static override readonly kind: string = "AwsServiceError";
  readonly service: string;
  readonly action: string;
  readonly endpoint: string;
  readonly code: string;
  readonly serviceMessage: string;

  constructor(details: AwsServiceErrorDetails, cause?: unknown) {
    const status = details.httpStatusCode;
    const fault = status !== undefined && status < 500 ? "client" : "server";
    const answered = status === undefined ? "could not be reached" : `answered ${status} ${details.code}`;
    super(
      details.code,
      `${details.service} ${details.action} at ${details.endpoint} ${answered}: ${details.serviceMessage}`,
      fault,
      {
        ...(status === undefined ? {} : { httpStatusCode: status }),
        ...(details.requestId === undefined ? {} : { requestId: details.requestId }),
      },
      cause,
    );
    this.service = details.service;
    this.action = details.action;
    this.endpoint = details.endpoint;
    this.code = details.code;
    this.serviceMessage = details.serviceMessage;
  }
}
