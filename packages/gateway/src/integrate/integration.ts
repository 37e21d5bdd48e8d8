import type { ApiModel, IntegrationModel, RouteModel } from "@apigw-playground/routes";
import type { RequestContext } from "../context/request-context";
import type { GatewayLogger } from "../logger";
import type { Payload } from "../map/binary";
import type { RequestHeaders } from "../request/method-request";
import type { GatewayFailure } from "../respond/failure";

/** The integration request, after parameter mapping, templates and content conversion. */
export interface IntegrationRequest {
  /** The method to call the integration with (the integration's `httpMethod`; the client's for ANY). */
  method: string;
  /**
   * HTTP integrations: the URL with `${stageVariables.x}` and `{param}` filled in, without the query.
   * AWS integrations: the integration `uri` (an ARN) with `{param}` filled in.
   */
  uri: string;
  /** Header names as they should be sent. */
  headers: Record<string, string | string[]>;
  /** Query parameters in order, repeats allowed. */
  query: [string, string][];
  body: Payload;
}

/** What the integration answered (API Gateway's "endpoint response"). */
export interface EndpointResponse {
  status: number;
  /** Names lower-cased. */
  headers: RequestHeaders;
  body: Buffer;
}

/** Everything an integration gets to do its job. */
export interface IntegrationInvocation {
  api: ApiModel;
  route: RouteModel;
  integration: IntegrationModel;
  request: IntegrationRequest;
  context: RequestContext;
  stageVariables: Record<string, string>;
  logger: GatewayLogger;
}

export type IntegrationResult = { ok: true; response: EndpointResponse } | { ok: false; failure: GatewayFailure };

/**
 * One integration type (a folder under `integrate/`). The pipeline has already mapped the request;
 * the integration sends it and returns the endpoint response (or the failure API Gateway answers
 * with: timeout, network error, configuration error). Response mapping happens afterwards and is
 * the same for every non-proxy type.
 */
export interface Integration {
  invoke(invocation: IntegrationInvocation): Promise<IntegrationResult>;
}

/** How `IntegrationRegistry` files an integration model. */
export type IntegrationKind = "MOCK" | "HTTP" | "VPC_LINK" | "AWS";

/** MOCK, HTTP/HTTP_PROXY on the internet, HTTP/HTTP_PROXY over a VPC link, AWS/AWS_PROXY. */
export function integrationKind(integration: IntegrationModel): IntegrationKind {
  switch (integration.type) {
    case "MOCK":
      return "MOCK";
    case "HTTP":
    case "HTTP_PROXY":
      return integration.connectionType === "VPC_LINK" ? "VPC_LINK" : "HTTP";
    case "AWS":
    case "AWS_PROXY":
      return "AWS";
  }
}

/** The integrations of a gateway, one per kind. */
export class IntegrationRegistry {
  constructor(private readonly byKind: Readonly<Record<IntegrationKind, Integration>>) {}

  /** The integration that runs an integration model. */
  for(integration: IntegrationModel): Integration {
    return this.byKind[integrationKind(integration)];
  }
}
