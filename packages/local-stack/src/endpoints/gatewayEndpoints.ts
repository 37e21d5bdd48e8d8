import type { ServiceName } from "@apigw-playground/backends";

/**
 * The service names an integration URI can use (`arn:aws:apigateway:{region}:{service}:…`), mapped
 * to the local stack's services. `sync-states` is the host StartSyncExecution lives on; the local
 * Step Functions backend serves it on the same endpoint.
 */
const URI_SERVICES: Readonly<Record<string, ServiceName>> = {
  dynamodb: "dynamodb",
  s3: "s3",
  sns: "sns",
  sqs: "sqs",
  events: "events",
  states: "states",
  "sync-states": "states",
};

/**
 * The gateway's `awsEndpoints` for a local stack: each service of an AWS integration goes to its
 * embedded backend or external endpoint, whatever the region in the URI. For a service the stack
 * does not run it answers undefined, so the gateway falls through to `AWS_ENDPOINT_URL*` and then
 * to the real AWS endpoint (which fails without network access and says so in its execution log).
 */
export function gatewayEndpoints(endpoints: Readonly<Partial<Record<ServiceName, string>>>): (service: string, region: string) => string | undefined {
  return (service) => {
    const local = URI_SERVICES[service];
    return local === undefined ? undefined : endpoints[local];
  };
}

/** The local service an integration URI's service name stands for, if the stack runs it. */
export function localServiceOf(uriService: string): ServiceName | undefined {
  return URI_SERVICES[uriService];
}
