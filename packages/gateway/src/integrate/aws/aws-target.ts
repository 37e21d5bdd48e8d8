import { parseIntegrationUri } from "@apigw-playground/routes";
import { type AwsServiceProtocol, serviceProtocol } from "./service-protocols";

/** An AWS integration URI after `{param}` substitution, with what it means on the wire. */
export type AwsTarget = {
  region: string;
  /** The ARN's service name (`dynamodb`, `states`, `s3`, …). */
  service: string;
  subdomain?: string;
  protocol: AwsServiceProtocol;
} & (
  | { kind: "action"; action: string; actionParams: Record<string, string> }
  | { kind: "path"; path: string }
);

/**
 * Parses the rendered integration URI (`arn:aws:apigateway:{region}:{subdomain.}{service}:action/…`
 * or `:path/…`). `states:action/StartSyncExecution` is sent to the `sync-states` endpoint, as API
 * Gateway does for the CDK's `StepFunctionsIntegration` (which writes exactly that URI).
 * Returns undefined for anything that is not an AWS service ARN.
 */
export function parseAwsTarget(uri: string): AwsTarget | undefined {
  const parsed = parseIntegrationUri(uri);
  if (parsed === undefined || parsed.kind === "http") return undefined;
  const base = {
    region: parsed.region,
    service: parsed.service,
    ...(parsed.subdomain === undefined ? {} : { subdomain: parsed.subdomain }),
  };
  if (parsed.kind === "aws-path") return { ...base, protocol: serviceProtocol(parsed.service), kind: "path", path: parsed.path };
  const protocol = parsed.service === "states" && parsed.action === "StartSyncExecution" ? serviceProtocol("sync-states") : serviceProtocol(parsed.service);
  return { ...base, protocol, kind: "action", action: parsed.action, actionParams: parsed.actionParams };
}
