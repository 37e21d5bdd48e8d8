import { type BackendSet, startBackends } from "./startBackends";
import { callJson, callQuery } from "./testing/signedFetch";
import { serviceNames } from "./types";

let set: BackendSet | undefined;

afterEach(async () => {
  await set?.stop();
  set = undefined;
});

const events = (s: BackendSet, action: string, body: unknown) =>
  callJson(s.endpoints.events!, { service: "events", target: `AWSEvents.${action}`, body, contentType: "application/x-amz-json-1.1" });
const sqs = (s: BackendSet, action: string, body: unknown) => callJson(s.endpoints.sqs!, { service: "sqs", target: `AmazonSQS.${action}`, body });
const states = (s: BackendSet, action: string, body: unknown) => callJson(s.endpoints.states!, { service: "states", target: `AWSStepFunctions.${action}`, body });
const sns = (s: BackendSet, params: Record<string, string>) => callQuery(s.endpoints.sns!, { service: "sns", params: { Version: "2010-03-31", ...params }, json: true });

async function receiveOne(s: BackendSet, queueUrl: string): Promise<string | undefined> {
  const { body } = await sqs(s, "ReceiveMessage", { QueueUrl: queueUrl, WaitTimeSeconds: 5 });
  return (body.Messages as { Body: string }[] | undefined)?.[0]?.Body;
}

describe("startBackends", () => {
  it("starts every service on its own loopback port", async () => {
    set = await startBackends();
    expect(Object.keys(set.endpoints).sort()).toEqual([...serviceNames].sort());
    const ports = Object.values(set.endpoints).map((endpoint) => new URL(endpoint).port);
    expect(new Set(ports).size).toBe(serviceNames.length);
    for (const endpoint of Object.values(set.endpoints)) expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("starts only the services asked for", async () => {
    set = await startBackends({ services: ["sqs", "events"] });
    expect(Object.keys(set.backends).sort()).toEqual(["events", "sqs"]);
    expect(set.endpoints.s3).toBeUndefined();
  });

  it("stops every backend and frees the ports", async () => {
    const started = await startBackends({ services: ["sqs", "sns"] });
    await started.stop();
    for (const endpoint of Object.values(started.endpoints)) await expect(fetch(endpoint)).rejects.toThrow();
  });

  it("delivers an EventBridge rule's match to an SQS queue", async () => {
    set = await startBackends({ services: ["sqs", "events"] });
    const queue = await sqs(set, "CreateQueue", { QueueName: "orders" });
    await events(set, "PutRule", { Name: "orders", EventPattern: '{"source":["shop"]}' });
    await events(set, "PutTargets", { Rule: "orders", Targets: [{ Id: "q", Arn: "arn:aws:sqs:us-east-1:123456789012:orders" }] });
    await events(set, "PutEvents", { Entries: [{ Source: "shop", DetailType: "OrderPlaced", Detail: '{"id":7}' }] });
    expect(JSON.parse((await receiveOne(set, queue.body.QueueUrl as string)) ?? "{}")).toMatchObject({ source: "shop", detail: { id: 7 } });
    expect(set.deliveries()).toEqual([expect.objectContaining({ from: "events", status: "delivered" })]);
  });

  it("chains EventBridge → SNS topic → SQS subscription", async () => {
    set = await startBackends({ services: ["sqs", "sns", "events"] });
    const queue = await sqs(set, "CreateQueue", { QueueName: "fanout" });
    await sns(set, { Action: "CreateTopic", Name: "alerts" });
    await sns(set, { Action: "Subscribe", TopicArn: "arn:aws:sns:us-east-1:123456789012:alerts", Protocol: "sqs", Endpoint: "arn:aws:sqs:us-east-1:123456789012:fanout" });
    await events(set, "PutRule", { Name: "alerts", EventPattern: '{"detail-type":["Alarm"]}' });
    await events(set, "PutTargets", { Rule: "alerts", Targets: [{ Id: "topic", Arn: "arn:aws:sns:us-east-1:123456789012:alerts", InputPath: "$.detail" }] });
    await events(set, "PutEvents", { Entries: [{ Source: "monitor", DetailType: "Alarm", Detail: '{"level":"high"}' }] });
    const envelope = JSON.parse((await receiveOne(set, queue.body.QueueUrl as string)) ?? "{}");
    expect(envelope).toMatchObject({ Type: "Notification", TopicArn: "arn:aws:sns:us-east-1:123456789012:alerts", Message: '{"level":"high"}' });
    expect(set.received("sns").map((r) => [r.action, r.via])).toContainEqual(["Publish", "events"]);
  });

  it("starts a Step Functions execution from an EventBridge target", async () => {
    set = await startBackends({ services: ["events", "states"] });
    const machine = await states(set, "CreateStateMachine", {
      name: "onOrder",
      roleArn: "arn:aws:iam::123456789012:role/R",
      definition: JSON.stringify({ StartAt: "Echo", States: { Echo: { Type: "Pass", InputPath: "$.detail", End: true } } }),
    });
    await events(set, "PutRule", { Name: "run", EventPattern: '{"source":["shop"]}' });
    await events(set, "PutTargets", { Rule: "run", Targets: [{ Id: "sfn", Arn: machine.body.stateMachineArn }] });
    await events(set, "PutEvents", { Entries: [{ Source: "shop", DetailType: "OrderPlaced", Detail: '{"id":9}' }] });
    const delivery = await set.backends.events!.waitForDelivery((d) => d.status === "delivered");
    const execution = await set.backends.states!.waitForExecution(delivery.resultId!);
    expect(execution).toMatchObject({ status: "SUCCEEDED", output: '{"id":9}' });
  });

  it("merges what every backend received, oldest first", async () => {
    set = await startBackends({ services: ["sqs", "sns"] });
    await sqs(set, "ListQueues", {});
    await sns(set, { Action: "ListTopics" });
    await set.backends.sns!.waitForReceived((r) => r.action === "ListTopics");
    expect(set.received().map((r) => `${r.service}:${r.action}`)).toEqual(["sqs:ListQueues", "sns:ListTopics"]);
    expect(set.received("sqs").map((r) => r.action)).toEqual(["ListQueues"]);
  });
});
