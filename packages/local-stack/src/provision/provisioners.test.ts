import { type BackendSet, startBackends } from "@apigw-playground/backends";
import { findTemplatesDir, loadTemplates, type ResolvedResource, type TemplateModel } from "@apigw-playground/routes";
import { type AwsCaller, createAwsCaller } from "../aws/createAwsCaller";
import { callJsonProtocol, JSON_PROTOCOLS } from "../aws/callJsonProtocol";
import { callQueryProtocol } from "../aws/callQueryProtocol";
import { ProvisioningError } from "../errors/ProvisioningError";
import type { LocalStackEvent } from "../progress";
import { provisionTemplate } from "./provisionTemplate";

// Every provisioner against the real local backends: provision, then read back with the services' describe calls.
const templates = loadTemplates(findTemplatesDir());
const template = (name: string) => templates.find((t) => t.name === name)!;

let backends: BackendSet;
let caller: AwsCaller;
beforeAll(async () => {
  backends = await startBackends();
  caller = createAwsCaller({ endpoints: backends.endpoints, region: "us-east-1", credentials: { accessKeyId: "AKIDLOCALPLAYGROUND", secretAccessKey: "local-playground-secret" }, timeoutMs: 10_000 });
});
afterAll(async () => {
  await caller.close();
  await backends.stop();
});

async function provision(model: TemplateModel): Promise<LocalStackEvent[]> {
  const events: LocalStackEvent[] = [];
  await provisionTemplate(model, { caller, region: "us-east-1", accountId: "123456789012", onProgress: (event) => events.push(event) });
  return events;
}

/** A template with just these resources (for cases the repository's templates do not have). */
function synthetic(name: string, resources: Omit<ResolvedResource, "attributes" | "dependsOn">[] & Partial<ResolvedResource>[]): TemplateModel {
  return {
    ...template("mock"),
    name,
    file: `/tmp/${name}.yaml`,
    stackName: `test-${name}`,
    apis: [],
    resources: Object.fromEntries(resources.map((r) => [r.logicalId, { attributes: {}, dependsOn: [], ...r } as ResolvedResource])),
  };
}

describe("provisioning the repository's templates", () => {
  it("creates the dynamodb template's table with its key schema, index and billing mode", async () => {
    await provision(template("dynamodb"));
    const { Table } = (await callJsonProtocol(caller, JSON_PROTOCOLS.dynamodb, "DescribeTable", { TableName: "apigw-playground-dynamodb-items" })) as { Table: Record<string, unknown> };
    expect(Table).toMatchObject({
      KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
      BillingModeSummary: { BillingMode: "PAY_PER_REQUEST" },
      GlobalSecondaryIndexes: [expect.objectContaining({ IndexName: "byOwner", KeySchema: [{ AttributeName: "owner", KeyType: "HASH" }, { AttributeName: "createdAt", KeyType: "RANGE" }] })],
    });
  });

  it("creates the s3 template's bucket and reports the settings it did not apply", async () => {
    const events = await provision(template("s3"));
    expect((await caller.send({ service: "s3", action: "HeadBucket", method: "HEAD", path: "/apigw-playground-s3-objects-123456789012" })).status).toBe(200);
    expect(events.find((e) => e.type === "resource-provisioned")).toMatchObject({ logicalId: "Bucket", ignoredProperties: ["PublicAccessBlockConfiguration", "OwnershipControls", "BucketEncryption"] });
  });

  it("creates the sns template's topic with its display name", async () => {
    await provision(template("sns"));
    const xml = await callQueryProtocol(caller, "sns", "2010-03-31", "GetTopicAttributes", { TopicArn: "arn:aws:sns:us-east-1:123456789012:apigw-playground-sns-messages" });
    expect(xml).toMatch(/<key>DisplayName<\/key>\s*<value>apigw-playground messages<\/value>/);
  });

  it("creates the events template's bus, queue (with its policy) and rule (pattern and target), in dependency order", async () => {
    await provision(template("events"));
    const actions = backends.received().filter((r) => ["CreateEventBus", "CreateQueue", "PutRule", "PutTargets", "SetQueueAttributes"].includes(r.action)).map((r) => r.action);
    expect(actions.indexOf("PutRule")).toBeGreaterThan(actions.indexOf("CreateEventBus"));
    expect(actions.indexOf("SetQueueAttributes")).toBeGreaterThan(actions.indexOf("PutRule"));

    const rule = await callJsonProtocol(caller, JSON_PROTOCOLS.events, "DescribeRule", { Name: "apigw-playground-events-DeliveryRule", EventBusName: "apigw-playground-events-bus" });
    expect(JSON.parse(String(rule["EventPattern"]))).toEqual({ source: ["apigw-playground.demo"] });
    const targets = await callJsonProtocol(caller, JSON_PROTOCOLS.events, "ListTargetsByRule", { Rule: "apigw-playground-events-DeliveryRule", EventBusName: "apigw-playground-events-bus" });
    expect(targets["Targets"]).toEqual([{ Id: "deliveries", Arn: "arn:aws:sqs:us-east-1:123456789012:apigw-playground-events-deliveries" }]);

    const queueUrl = "https://sqs.us-east-1.amazonaws.com/123456789012/apigw-playground-events-deliveries";
    const { Attributes } = (await callJsonProtocol(caller, JSON_PROTOCOLS.sqs, "GetQueueAttributes", { QueueUrl: queueUrl, AttributeNames: ["All"] })) as { Attributes: Record<string, string> };
    expect(Attributes["MessageRetentionPeriod"]).toBe("300");
    expect(JSON.parse(Attributes["Policy"]!)).toEqual(template("events").resources["DeliveryQueuePolicy"]!.properties["PolicyDocument"]);
  });

  it("creates the sfn template's state machines with their definitions and types", async () => {
    await provision(template("sfn"));
    for (const [logicalId, type] of [["OrdersStateMachine", "STANDARD"], ["ExpressStateMachine", "EXPRESS"]] as const) {
      const resource = template("sfn").resources[logicalId]!;
      const described = await callJsonProtocol(caller, JSON_PROTOCOLS.states, "DescribeStateMachine", { stateMachineArn: resource.physicalId });
      expect(described).toMatchObject({ type, roleArn: `arn:aws:iam::123456789012:role/apigw-playground-sfn-${logicalId}Role` });
      expect(JSON.parse(String(described["definition"]))).toEqual(resource.properties["Definition"]);
    }
  });

  it("is idempotent: provisioning again accepts what exists", async () => {
    const events = [...(await provision(template("dynamodb"))), ...(await provision(template("events"))), ...(await provision(template("sfn"))), ...(await provision(template("s3")))];
    const statuses = Object.fromEntries(events.flatMap((e) => (e.type === "resource-provisioned" ? [[e.logicalId, e.status]] : [])));
    expect(statuses).toMatchObject({ Table: "existed", EventBus: "existed", DeliveryQueue: "created", OrdersStateMachine: "created", Bucket: "created" });
  });

  it("reports each resource it does not create, once, with the reason", async () => {
    const events = await provision(template("vpclink"));
    const reasons = Object.fromEntries(events.flatMap((e) => (e.type === "resource-not-provisioned" ? [[e.logicalId, e.reason]] : [])));
    expect(Object.keys(reasons).sort()).toEqual(Object.keys(template("vpclink").resources).sort());
    expect(reasons["VpcLink"]).toMatch(/^handled by the gateway/);
    expect(reasons["ServiceInstance"]).toMatch(/^simulated/);
    expect(reasons["LoadBalancer"]).toMatch(/^simulated/);
  });
});

describe("provisioning resource shapes the templates do not use", () => {
  it("gives a PROVISIONED table and its indexes a throughput when none is set", async () => {
    await provision(
      synthetic("provisioned", [
        {
          logicalId: "Table",
          type: "AWS::DynamoDB::Table",
          physicalId: "provisioned-table",
          properties: {
            AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }, { AttributeName: "g", AttributeType: "S" }],
            KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
            GlobalSecondaryIndexes: [{ IndexName: "byG", KeySchema: [{ AttributeName: "g", KeyType: "HASH" }], Projection: { ProjectionType: "KEYS_ONLY" } }],
          },
        },
      ]),
    );
    const { Table } = (await callJsonProtocol(caller, JSON_PROTOCOLS.dynamodb, "DescribeTable", { TableName: "provisioned-table" })) as { Table: Record<string, { ReadCapacityUnits?: number }> & { GlobalSecondaryIndexes: { ProvisionedThroughput: { ReadCapacityUnits: number } }[] } };
    expect(Table["ProvisionedThroughput"]).toMatchObject({ ReadCapacityUnits: 5, WriteCapacityUnits: 5 });
    expect(Table.GlobalSecondaryIndexes[0]!.ProvisionedThroughput).toMatchObject({ ReadCapacityUnits: 5 });
  });

  it("subscribes a queue to a topic (Subscription property and AWS::SNS::Subscription with attributes)", async () => {
    const queueArn = "arn:aws:sqs:us-east-1:123456789012:fanout";
    await provision(
      synthetic("fanout", [
        { logicalId: "Queue", type: "AWS::SQS::Queue", physicalId: "https://sqs.us-east-1.amazonaws.com/123456789012/fanout", attributes: { QueueName: "fanout", Arn: queueArn }, properties: { QueueName: "fanout" } },
        { logicalId: "Topic", type: "AWS::SNS::Topic", physicalId: "arn:aws:sns:us-east-1:123456789012:fanout", attributes: { TopicName: "fanout" }, properties: { TopicName: "fanout", Subscription: [{ Protocol: "sqs", Endpoint: queueArn }] }, dependsOn: ["Queue"] },
        { logicalId: "RawQueue", type: "AWS::SQS::Queue", physicalId: "https://sqs.us-east-1.amazonaws.com/123456789012/fanout-raw", attributes: { QueueName: "fanout-raw" }, properties: { QueueName: "fanout-raw" } },
        { logicalId: "Raw", type: "AWS::SNS::Subscription", physicalId: "raw", properties: { TopicArn: "arn:aws:sns:us-east-1:123456789012:fanout", Protocol: "sqs", Endpoint: `${queueArn}-raw`, RawMessageDelivery: true, FilterPolicy: { kind: ["a"] } }, dependsOn: ["Topic", "RawQueue"] },
      ]),
    );
    const xml = await callQueryProtocol(caller, "sns", "2010-03-31", "ListSubscriptionsByTopic", { TopicArn: "arn:aws:sns:us-east-1:123456789012:fanout" });
    expect(xml.match(/<Endpoint>arn:aws:sqs:us-east-1:123456789012:fanout(-raw)?<\/Endpoint>/g)).toEqual([`<Endpoint>${queueArn}</Endpoint>`, `<Endpoint>${queueArn}-raw</Endpoint>`]);
    const subscribe = backends.received("sns").filter((r) => r.action === "Subscribe").at(-1)!;
    expect(subscribe.input).toMatchObject({ "Attributes.entry.1.key": "FilterPolicy", "Attributes.entry.1.value": '{"kind":["a"]}', "Attributes.entry.2.key": "RawMessageDelivery", "Attributes.entry.2.value": "true" });
  });

  it("names the template, the resource and the service's message when a service refuses", async () => {
    const bad = synthetic("bad-rule", [{ logicalId: "Rule", type: "AWS::Events::Rule", physicalId: "bad", properties: { Name: "bad", EventPattern: { source: "not-an-array" } } }]);
    const failure = provisionTemplate(bad, { caller, region: "us-east-1", accountId: "123456789012", onProgress: () => {} });
    await expect(failure).rejects.toThrow(ProvisioningError);
    await expect(failure).rejects.toThrow(/^Could not provision Rule \(AWS::Events::Rule\) of template "bad-rule": events PutRule at http:\/\/127\.0\.0\.1:\d+ answered 400 InvalidEventPatternException: .+\. Check the resource in \/tmp\/bad-rule\.yaml/);
    await expect(failure).rejects.toMatchObject({ template: "bad-rule", logicalId: "Rule", name: "InvalidEventPatternException", $fault: "client" });
  });

  it("refuses a dependency cycle instead of waiting forever", async () => {
    const cycle = synthetic("cycle", [
      { logicalId: "A", type: "AWS::SNS::Topic", physicalId: "arn:aws:sns:us-east-1:123456789012:a", properties: {}, dependsOn: ["B"] },
      { logicalId: "B", type: "AWS::SNS::Topic", physicalId: "arn:aws:sns:us-east-1:123456789012:b", properties: {}, dependsOn: ["A"] },
    ]);
    await expect(provisionTemplate(cycle, { caller, region: "us-east-1", accountId: "123456789012", onProgress: () => {} })).rejects.toThrow(/circular dependency: A → B → A/);
  });

  it("warns when the service names a resource differently from the template", async () => {
    const events = await provision(synthetic("renamed", [{ logicalId: "Topic", type: "AWS::SNS::Topic", physicalId: "arn:aws:sns:us-east-1:999999999999:renamed", attributes: { TopicName: "renamed" }, properties: {} }]));
    expect(events.find((e) => e.type === "warning")).toMatchObject({ template: "renamed", logicalId: "Topic", message: expect.stringContaining('"arn:aws:sns:us-east-1:123456789012:renamed"') });
  });
});
