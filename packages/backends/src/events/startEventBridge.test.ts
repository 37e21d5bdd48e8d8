import type { Peers } from "../peers";
import { type SqsBackend, startSqs } from "../sqs/startSqs";
import { callJson } from "../testing/signedFetch";
import { type EventBridgeBackend, startEventBridge } from "./startEventBridge";

let events: EventBridgeBackend;
let sqs: SqsBackend;

beforeEach(async () => {
  const peers: Peers = {};
  [events, sqs] = await Promise.all([startEventBridge({ peers }), startSqs()]);
  peers.sqs = sqs;
});

afterEach(async () => {
  await Promise.all([events.stop(), sqs.stop()]);
});

const call = (action: string, body: unknown = {}) =>
  callJson(events.endpoint, { service: "events", target: `AWSEvents.${action}`, body, contentType: "application/x-amz-json-1.1" });

const orderEntry = (extra: Record<string, unknown> = {}) => ({ Source: "shop.orders", DetailType: "OrderPlaced", Detail: JSON.stringify({ orderId: "o-1", total: 42 }), ...extra });

async function queueWithRule(pattern: unknown, target: Record<string, unknown> = {}, busName?: string): Promise<string> {
  const { body } = await callJson(sqs.endpoint, { service: "sqs", target: "AmazonSQS.CreateQueue", body: { QueueName: "orders" } });
  expect((await call("PutRule", { Name: "to-queue", EventPattern: JSON.stringify(pattern), ...(busName ? { EventBusName: busName } : {}) })).status).toBe(200);
  const put = await call("PutTargets", {
    Rule: "to-queue",
    ...(busName ? { EventBusName: busName } : {}),
    Targets: [{ Id: "queue", Arn: "arn:aws:sqs:us-east-1:123456789012:orders", ...target }],
  });
  expect(put.body).toEqual({ FailedEntryCount: 0, FailedEntries: [] });
  return body.QueueUrl as string;
}

async function receiveBodies(queueUrl: string): Promise<string[]> {
  const { body } = await callJson(sqs.endpoint, { service: "sqs", target: "AmazonSQS.ReceiveMessage", body: { QueueUrl: queueUrl, MaxNumberOfMessages: 10 } });
  return ((body.Messages as { Body: string }[] | undefined) ?? []).map((m) => m.Body);
}

describe("event buses", () => {
  it("always has the default bus", async () => {
    const { body } = await call("DescribeEventBus", {});
    expect(body).toMatchObject({ Name: "default", Arn: "arn:aws:events:us-east-1:123456789012:event-bus/default" });
  });

  it("creates, lists, describes and deletes a custom bus", async () => {
    expect((await call("CreateEventBus", { Name: "orders" })).body).toEqual({ EventBusArn: "arn:aws:events:us-east-1:123456789012:event-bus/orders" });
    const list = await call("ListEventBuses", {});
    expect((list.body.EventBuses as { Name: string }[]).map((b) => b.Name)).toEqual(["default", "orders"]);
    expect((await call("DescribeEventBus", { Name: "arn:aws:events:us-east-1:123456789012:event-bus/orders" })).body.Name).toBe("orders");
    expect((await call("DeleteEventBus", { Name: "orders" })).status).toBe(200);
    const gone = await call("DescribeEventBus", { Name: "orders" });
    expect(gone.status).toBe(400);
    expect(gone.body).toEqual({ __type: "ResourceNotFoundException", message: "Event bus orders does not exist." });
  });

  it("refuses to create a bus twice and to delete the default bus", async () => {
    await call("CreateEventBus", { Name: "orders" });
    expect((await call("CreateEventBus", { Name: "orders" })).body).toEqual({ __type: "ResourceAlreadyExistsException", message: "Event bus orders already exists." });
    expect((await call("DeleteEventBus", { Name: "default" })).body).toEqual({ __type: "ValidationException", message: "Cannot delete event bus default." });
  });
});

describe("rules and targets", () => {
  it("puts, describes, lists and deletes a rule", async () => {
    const put = await call("PutRule", { Name: "r1", EventPattern: '{"source":["shop.orders"]}' });
    expect(put.body).toEqual({ RuleArn: "arn:aws:events:us-east-1:123456789012:rule/r1" });
    expect((await call("DescribeRule", { Name: "r1" })).body).toEqual({
      Name: "r1",
      Arn: "arn:aws:events:us-east-1:123456789012:rule/r1",
      EventPattern: '{"source":["shop.orders"]}',
      State: "ENABLED",
      EventBusName: "default",
      CreatedBy: "123456789012",
    });
    expect(((await call("ListRules", {})).body.Rules as unknown[]).length).toBe(1);
    expect((await call("DeleteRule", { Name: "r1" })).status).toBe(200);
    expect((await call("DescribeRule", { Name: "r1" })).body).toEqual({ __type: "ResourceNotFoundException", message: "Rule r1 does not exist on EventBus default." });
  });

  it("names rules of a custom bus with the bus in the ARN", async () => {
    await call("CreateEventBus", { Name: "orders" });
    expect((await call("PutRule", { Name: "r1", EventBusName: "orders", EventPattern: '{"source":["a"]}' })).body).toEqual({
      RuleArn: "arn:aws:events:us-east-1:123456789012:rule/orders/r1",
    });
  });

  it("rejects an invalid event pattern with InvalidEventPatternException", async () => {
    const { status, body } = await call("PutRule", { Name: "r1", EventPattern: '{"source":"shop"}' });
    expect(status).toBe(400);
    expect(body).toEqual({ __type: "InvalidEventPatternException", message: "Event pattern is not valid. Reason: 'source' must be an object or an array" });
  });

  it("requires an event pattern or a schedule", async () => {
    expect((await call("PutRule", { Name: "r1" })).body.message).toBe("Parameter(s) EventPattern or ScheduleExpression must be specified.");
  });

  it("lists and removes targets, and refuses to delete a rule that still has targets", async () => {
    await call("PutRule", { Name: "r1", EventPattern: '{"source":["a"]}' });
    await call("PutTargets", { Rule: "r1", Targets: [{ Id: "t1", Arn: "arn:aws:sqs:us-east-1:123456789012:q", InputPath: "$.detail" }] });
    expect((await call("ListTargetsByRule", { Rule: "r1" })).body).toEqual({ Targets: [{ Id: "t1", Arn: "arn:aws:sqs:us-east-1:123456789012:q", InputPath: "$.detail" }] });
    expect((await call("DeleteRule", { Name: "r1" })).body.message).toBe("Rule can't be deleted since it has targets.");
    expect((await call("RemoveTargets", { Rule: "r1", Ids: ["t1", "t2"] })).body).toEqual({
      FailedEntryCount: 1,
      FailedEntries: [{ TargetId: "t2", ErrorCode: "ResourceNotFoundException", ErrorMessage: "Target t2 does not exist on rule r1." }],
    });
    expect((await call("DeleteRule", { Name: "r1" })).status).toBe(200);
  });

  it("refuses a sixth target on a rule", async () => {
    await call("PutRule", { Name: "r1", EventPattern: '{"source":["a"]}' });
    const targets = Array.from({ length: 6 }, (_, i) => ({ Id: `t${i}`, Arn: "arn:aws:sqs:us-east-1:123456789012:q" }));
    expect((await call("PutTargets", { Rule: "r1", Targets: targets })).body.__type).toBe("LimitExceededException");
  });
});

describe("PutEvents", () => {
  it("answers an EventId per accepted entry", async () => {
    const { status, body } = await call("PutEvents", { Entries: [orderEntry(), orderEntry()] });
    expect(status).toBe(200);
    expect(body).toEqual({ FailedEntryCount: 0, Entries: [{ EventId: expect.stringMatching(/^[0-9a-f-]{36}$/) }, { EventId: expect.any(String) }] });
  });

  it("reports each invalid entry in place, with AWS's codes", async () => {
    const { body } = await call("PutEvents", {
      Entries: [
        orderEntry(),
        { DetailType: "x", Detail: "{}" },
        { Source: "a", Detail: "{}" },
        { Source: "a", DetailType: "x" },
        { Source: "a", DetailType: "x", Detail: "[1,2]" },
        { Source: "a", DetailType: "x", Detail: "{not json" },
        { Source: "aws.ec2", DetailType: "x", Detail: "{}" },
        orderEntry({ EventBusName: "nope" }),
      ],
    });
    expect(body).toEqual({
      FailedEntryCount: 7,
      Entries: [
        { EventId: expect.any(String) },
        { ErrorCode: "InvalidArgument", ErrorMessage: "Parameter Source is not valid. Reason: Source is a required argument." },
        { ErrorCode: "InvalidArgument", ErrorMessage: "Parameter DetailType is not valid. Reason: DetailType is a required argument." },
        { ErrorCode: "InvalidArgument", ErrorMessage: "Parameter Detail is not valid. Reason: Detail is a required argument." },
        { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed." },
        { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is malformed." },
        { ErrorCode: "NotAuthorizedForSourceException", ErrorMessage: "Not authorized for the source." },
        { ErrorCode: "ResourceNotFoundException", ErrorMessage: "Event bus nope does not exist." },
      ],
    });
  });

  it("rejects zero or more than ten entries as a whole", async () => {
    expect((await call("PutEvents", { Entries: [] })).body.__type).toBe("ValidationException");
    const eleven = Array.from({ length: 11 }, () => orderEntry());
    const { status, body } = await call("PutEvents", { Entries: eleven });
    expect(status).toBe(400);
    expect(body.message).toMatch(/Member must have length less than or equal to 10$/);
  });

  it("rejects a request over 256 KB", async () => {
    const big = orderEntry({ Detail: JSON.stringify({ blob: "x".repeat(256 * 1024) }) });
    expect((await call("PutEvents", { Entries: [big] })).body).toEqual({ __type: "ValidationException", message: "Total size of the entries in the request is over the limit." });
  });

  it("delivers a matching event's full envelope to an SQS target", async () => {
    const queueUrl = await queueWithRule({ source: ["shop.orders"], detail: { total: [{ numeric: [">", 10] }] } });
    const put = await call("PutEvents", { Entries: [orderEntry({ Resources: ["arn:aws:shop:::order/o-1"], Time: 1700000000 })] });
    const eventId = (put.body.Entries as { EventId: string }[])[0]?.EventId;
    const [body] = await receiveBodies(queueUrl);
    expect(JSON.parse(body ?? "{}")).toEqual({
      version: "0",
      id: eventId,
      "detail-type": "OrderPlaced",
      source: "shop.orders",
      account: "123456789012",
      time: "2023-11-14T22:13:20Z",
      region: "us-east-1",
      resources: ["arn:aws:shop:::order/o-1"],
      detail: { orderId: "o-1", total: 42 },
    });
    const delivery = await events.waitForDelivery(() => true);
    expect(delivery).toMatchObject({ status: "delivered", source: "arn:aws:events:us-east-1:123456789012:rule/to-queue", targetId: "queue" });
    expect(sqs.received().find((r) => r.via === "events")).toMatchObject({ action: "SendMessage", target: "orders" });
  });

  it("does not deliver events the pattern does not match", async () => {
    const queueUrl = await queueWithRule({ source: ["shop.orders"], detail: { total: [{ numeric: [">", 100] }] } });
    await call("PutEvents", { Entries: [orderEntry()] });
    expect(await receiveBodies(queueUrl)).toEqual([]);
    expect(events.deliveries()).toEqual([]);
  });

  it("does not deliver through a disabled rule", async () => {
    const queueUrl = await queueWithRule({ source: ["shop.orders"] });
    await call("DisableRule", { Name: "to-queue" });
    await call("PutEvents", { Entries: [orderEntry()] });
    expect(await receiveBodies(queueUrl)).toEqual([]);
  });

  it("routes by bus: events on another bus do not reach a default-bus rule", async () => {
    await call("CreateEventBus", { Name: "orders" });
    const queueUrl = await queueWithRule({ source: ["shop.orders"] }, {}, "orders");
    await call("PutEvents", { Entries: [orderEntry()] });
    expect(await receiveBodies(queueUrl)).toEqual([]);
    await call("PutEvents", { Entries: [orderEntry({ EventBusName: "arn:aws:events:us-east-1:123456789012:event-bus/orders" })] });
    expect(await receiveBodies(queueUrl)).toHaveLength(1);
  });

  it("sends a target's InputPath selection instead of the event", async () => {
    const queueUrl = await queueWithRule({ source: ["shop.orders"] }, { InputPath: "$.detail" });
    await call("PutEvents", { Entries: [orderEntry()] });
    expect(await receiveBodies(queueUrl)).toEqual(['{"orderId":"o-1","total":42}']);
  });

  it("records targets no local backend serves as undeliverable", async () => {
    await call("PutRule", { Name: "r1", EventPattern: '{"source":["shop.orders"]}' });
    await call("PutTargets", { Rule: "r1", Targets: [{ Id: "fn", Arn: "arn:aws:lambda:us-east-1:123456789012:function:f" }] });
    await call("PutEvents", { Entries: [orderEntry()] });
    expect(await events.waitForDelivery(() => true)).toMatchObject({ status: "undeliverable", target: "arn:aws:lambda:us-east-1:123456789012:function:f" });
  });

  it("records a failed delivery when the target queue does not exist", async () => {
    await call("PutRule", { Name: "r1", EventPattern: '{"source":["shop.orders"]}' });
    await call("PutTargets", { Rule: "r1", Targets: [{ Id: "q", Arn: "arn:aws:sqs:us-east-1:123456789012:gone" }] });
    await call("PutEvents", { Entries: [orderEntry()] });
    expect(await events.waitForDelivery(() => true)).toMatchObject({ status: "failed", error: "The specified queue does not exist." });
  });
});
