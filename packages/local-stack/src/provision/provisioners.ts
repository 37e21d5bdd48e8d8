import { dynamodbTable } from "./dynamodbTable";
import { eventBus } from "./eventBus";
import { eventRule } from "./eventRule";
import type { Provisioner } from "./provisioner";
import { s3Bucket } from "./s3Bucket";
import { snsSubscription } from "./snsSubscription";
import { snsTopic } from "./snsTopic";
import { sqsQueue } from "./sqsQueue";
import { sqsQueuePolicy } from "./sqsQueuePolicy";
import { stateMachine } from "./stateMachine";

/** The resource types the local stack creates, each by its own provisioner. */
export const PROVISIONERS: Readonly<Record<string, Provisioner>> = {
  "AWS::DynamoDB::Table": dynamodbTable,
  "AWS::S3::Bucket": s3Bucket,
  "AWS::SNS::Topic": snsTopic,
  "AWS::SNS::Subscription": snsSubscription,
  "AWS::SQS::Queue": sqsQueue,
  "AWS::SQS::QueuePolicy": sqsQueuePolicy,
  "AWS::Events::EventBus": eventBus,
  "AWS::Events::Rule": eventRule,
  "AWS::StepFunctions::StateMachine": stateMachine,
  "AWS::Serverless::StateMachine": stateMachine,
};

/**
 * Why a resource type is not created in a service, by type prefix (longest match first). Every
 * such resource is reported once in the progress events; nothing is skipped silently.
 */
const NOT_PROVISIONED: readonly [prefix: string, reason: string][] = [
  ["AWS::Serverless::Api", "handled by the gateway: it serves the API from the route model"],
  ["AWS::ApiGateway::VpcLink", "handled by the gateway: the VPC link id is mapped to the local private service (connections)"],
  ["AWS::ApiGateway::", "handled by the gateway: API keys, usage plans, stages and deployments are read from the route model"],
  ["AWS::IAM::", "handled by the gateway: integration roles are ARNs only; the gateway signs AWS calls with the local user"],
  ["AWS::EC2::", "simulated: the private service runs locally instead of on an instance in a VPC"],
  ["AWS::ElasticLoadBalancingV2::", "simulated: the VPC link reaches the local private service directly, without a load balancer"],
];

/** Why a resource is not provisioned, for types no provisioner creates. */
export function notProvisionedReason(type: string): string {
  for (const [prefix, reason] of NOT_PROVISIONED) if (type.startsWith(prefix)) return reason;
  return `no local provisioner for ${type}: routes that need it will fail`;
}

/** Whether a type is one the stack deliberately leaves to the gateway or simulates (no warning needed). */
export function isExpectedGap(type: string): boolean {
  return NOT_PROVISIONED.some(([prefix]) => type.startsWith(prefix));
}
