import type { BackendSet } from "@apigw-playground/backends";
import type { ResolvedResource, TemplateModel } from "@apigw-playground/routes";
import { createBucket, jsonCall, queryCall } from "./aws-call";

// Creates a template's resources in the local backends with plain signed wire calls — test-only
// and minimal (the local-stack package does the real provisioning).
const ORDER = [
  "AWS::DynamoDB::Table",
  "AWS::S3::Bucket",
  "AWS::SNS::Topic",
  "AWS::SQS::Queue",
  "AWS::Events::EventBus",
  "AWS::Events::Rule",
  "AWS::Serverless::StateMachine",
  "AWS::StepFunctions::StateMachine",
];

/** Creates the tables, buckets, topics, queues, buses, rules and state machines of a template. */
export async function provision(template: TemplateModel, backends: BackendSet): Promise<void> {
  const resources = Object.values(template.resources).sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
  for (const resource of resources) await create(resource, backends);
}

async function create(resource: ResolvedResource, set: BackendSet): Promise<void> {
  const p = resource.properties;
  const e = set.endpoints;
  switch (resource.type) {
    case "AWS::DynamoDB::Table": {
      const input: Record<string, unknown> = { TableName: resource.physicalId, AttributeDefinitions: p.AttributeDefinitions, KeySchema: p.KeySchema };
      if (p.BillingMode === "PAY_PER_REQUEST") input.BillingMode = "PAY_PER_REQUEST";
      else input.ProvisionedThroughput = p.ProvisionedThroughput ?? { ReadCapacityUnits: 5, WriteCapacityUnits: 5 };
      if (p.GlobalSecondaryIndexes !== undefined) input.GlobalSecondaryIndexes = p.GlobalSecondaryIndexes;
      await jsonCall(e.dynamodb!, "dynamodb", "DynamoDB_20120810.CreateTable", input);
      return;
    }
    case "AWS::S3::Bucket":
      await createBucket(e.s3!, resource.physicalId);
      return;
    case "AWS::SNS::Topic":
      await queryCall(e.sns!, "sns", { Action: "CreateTopic", Version: "2010-03-31", Name: String(resource.attributes.TopicName) });
      return;
    case "AWS::SQS::Queue": {
      const attributes: Record<string, string> = {};
      if (p.MessageRetentionPeriod !== undefined) attributes.MessageRetentionPeriod = String(p.MessageRetentionPeriod);
      await jsonCall(e.sqs!, "sqs", "AmazonSQS.CreateQueue", { QueueName: resource.attributes.QueueName, Attributes: attributes });
      return;
    }
    case "AWS::Events::EventBus":
      await jsonCall(e.events!, "events", "AWSEvents.CreateEventBus", { Name: resource.physicalId }, "application/x-amz-json-1.1");
      return;
    case "AWS::Events::Rule": {
      const bus = typeof p.EventBusName === "string" ? p.EventBusName : "default";
      await jsonCall(
        e.events!,
        "events",
        "AWSEvents.PutRule",
        { Name: resource.physicalId, EventBusName: bus, EventPattern: JSON.stringify(p.EventPattern), State: p.State ?? "ENABLED" },
        "application/x-amz-json-1.1",
      );
      if (Array.isArray(p.Targets)) {
        await jsonCall(e.events!, "events", "AWSEvents.PutTargets", { Rule: resource.physicalId, EventBusName: bus, Targets: p.Targets }, "application/x-amz-json-1.1");
      }
      return;
    }
    case "AWS::Serverless::StateMachine":
    case "AWS::StepFunctions::StateMachine": {
      const definition = p.Definition !== undefined ? JSON.stringify(p.Definition) : String(p.DefinitionString);
      await jsonCall(e.states!, "states", "AWSStepFunctions.CreateStateMachine", {
        name: resource.attributes.Name,
        definition,
        roleArn: typeof p.Role === "string" ? p.Role : "arn:aws:iam::123456789012:role/local-state-machine",
        type: p.Type ?? "STANDARD",
      });
      return;
    }
    default:
      return;
  }
}
