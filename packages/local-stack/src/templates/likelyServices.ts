import type { ServiceName } from "@apigw-playground/backends";
import type { TemplateSource } from "./loadStackTemplates";

/**
 * Words that appear in a template's text when it uses a service: its resource type namespace or
 * its name in an integration URI (`arn:aws:apigateway:{region}:dynamodb:action/…`).
 */
const SERVICE_WORDS: Readonly<Record<ServiceName, RegExp>> = {
  dynamodb: /dynamodb/i,
  s3: /AWS::S3::|:s3:/,
  sns: /AWS::SNS::|:sns:/,
  sqs: /AWS::SQS::|:sqs:/,
  events: /AWS::Events::|:events:/,
  states: /StateMachine|:states:|:sync-states:/,
};

/**
 * The services the templates probably use, read from their text before they are loaded, so the
 * backends can start while the route loader works. A superset by design (a comment mentioning a
 * service counts); `servicesUsed` on the loaded models is the exact answer it is checked against.
 */
export function likelyServices(sources: readonly TemplateSource[]): Set<ServiceName> {
  const services = new Set<ServiceName>();
  for (const { source } of sources) {
    for (const [service, words] of Object.entries(SERVICE_WORDS) as [ServiceName, RegExp][]) if (words.test(source)) services.add(service);
  }
  return services;
}

/**
 * Whether creating a template's resources takes long: a state machine's definition is validated
 * on a worker thread (hundreds of milliseconds each), so such templates are loaded and provisioned first.
 */
export function isSlowToProvision(source: TemplateSource): boolean {
  return /AWS::(?:Serverless|StepFunctions)::StateMachine/.test(source.source);
}
