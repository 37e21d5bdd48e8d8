import type { Peers } from "../peers";
import { type SqsBackend, startSqs } from "../sqs/startSqs";
import { callJson, callQuery } from "../testing/signedFetch";
import { type SnsBackend, startSns } from "./startSns";

let sns: SnsBackend;
let sqs: SqsBackend;

beforeEach(async () => {
  const peers: Peers = {};
  [sns, sqs] = await Promise.all([startSns({ peers }), startSqs()]);
  peers.sqs = sqs;
});

afterEach(async () => {
  await Promise.all([sns.stop(), sqs.stop()]);
});

const topicArn = "arn:aws:sns:us-east-1:123456789012:orders";
const query = (params: Record<string, string>, json = false) => callQuery(sns.endpoint, { service: "sns", params: { Version: "2010-03-31", ...params }, json });
const requestIdPattern = "[0-9a-f-]{36}";

async function createTopic(name = "orders"): Promise<void> {
  expect((await query({ Action: "CreateTopic", Name: name })).status).toBe(200);
}

async function createQueue(name: string): Promise<string> {
  const { body } = await callJson(sqs.endpoint, { service: "sqs", target: "AmazonSQS.CreateQueue", body: { QueueName: name } });
  return body.QueueUrl as string;
}

async function receiveBodies(queueUrl: string): Promise<{ Body: string; MessageAttributes?: Record<string, unknown> }[]> {
  const { body } = await callJson(sqs.endpoint, {
    service: "sqs",
    target: "AmazonSQS.ReceiveMessage",
    body: { QueueUrl: queueUrl, MaxNumberOfMessages: 10, MessageAttributeNames: ["All"] },
  });
  return (body.Messages as { Body: string; MessageAttributes?: Record<string, unknown> }[] | undefined) ?? [];
}

describe("topics", () => {
  it("answers CreateTopic in AWS's XML shape", async () => {
    const { status, headers, text } = await query({ Action: "CreateTopic", Name: "orders" });
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/xml");
    expect(text).toMatch(
      new RegExp(
        `^<CreateTopicResponse xmlns="http://sns\\.amazonaws\\.com/doc/2010-03-31/"><CreateTopicResult><TopicArn>${topicArn}</TopicArn></CreateTopicResult><ResponseMetadata><RequestId>${requestIdPattern}</RequestId></ResponseMetadata></CreateTopicResponse>$`,
      ),
    );
  });

  it("is idempotent: creating the same topic again answers the same ARN", async () => {
    await createTopic();
    const { text } = await query({ Action: "CreateTopic", Name: "orders" }, true);
    expect(JSON.parse(text).CreateTopicResponse.CreateTopicResult).toEqual({ TopicArn: topicArn });
  });

  it("rejects an invalid topic name", async () => {
    const { status, text } = await query({ Action: "CreateTopic", Name: "bad name" });
    expect(status).toBe(400);
    expect(text).toContain("<Code>InvalidParameter</Code><Message>Invalid parameter: Topic Name</Message>");
  });

  it("lists topics, reports attributes and deletes topics", async () => {
    await createTopic();
    const list = await query({ Action: "ListTopics" }, true);
    expect(JSON.parse(list.text).ListTopicsResponse.ListTopicsResult).toEqual({ Topics: [{ TopicArn: topicArn }], NextToken: null });
    const listXml = await query({ Action: "ListTopics" });
    expect(listXml.text).toContain(`<ListTopicsResult><Topics><member><TopicArn>${topicArn}</TopicArn></member></Topics></ListTopicsResult>`);
    const attributes = await query({ Action: "GetTopicAttributes", TopicArn: topicArn });
    expect(attributes.text).toContain(`<entry><key>TopicArn</key><value>${topicArn}</value></entry>`);
    expect((await query({ Action: "DeleteTopic", TopicArn: topicArn })).status).toBe(200);
    expect((await query({ Action: "GetTopicAttributes", TopicArn: topicArn })).status).toBe(404);
  });

  it("accepts GET requests with the parameters in the query string", async () => {
    const { status, text } = await callQuery(sns.endpoint, { service: "sns", method: "GET", params: { Action: "CreateTopic", Name: "orders", Version: "2010-03-31" } });
    expect(status).toBe(200);
    expect(text).toContain(`<TopicArn>${topicArn}</TopicArn>`);
  });
});

describe("Publish", () => {
  it("answers in AWS's XML shape", async () => {
    await createTopic();
    const { status, text } = await query({ Action: "Publish", TopicArn: topicArn, Message: "hello" });
    expect(status).toBe(200);
    expect(text).toMatch(
      new RegExp(
        `^<PublishResponse xmlns="http://sns\\.amazonaws\\.com/doc/2010-03-31/"><PublishResult><MessageId>${requestIdPattern}</MessageId></PublishResult><ResponseMetadata><RequestId>${requestIdPattern}</RequestId></ResponseMetadata></PublishResponse>$`,
      ),
    );
  });

  it("answers in AWS's JSON shape under Accept: application/json, SequenceNumber null included", async () => {
    await createTopic();
    const { headers, text } = await query({ Action: "Publish", TopicArn: topicArn, Message: "hello" }, true);
    expect(headers.get("content-type")).toBe("application/json");
    const body = JSON.parse(text);
    expect(Object.keys(body)).toEqual(["PublishResponse"]);
    expect(body.PublishResponse).toEqual({
      PublishResult: { MessageId: expect.stringMatching(new RegExp(`^${requestIdPattern}$`)), SequenceNumber: null },
      ResponseMetadata: { RequestId: expect.stringMatching(new RegExp(`^${requestIdPattern}$`)) },
    });
  });

  it("accepts TargetArn in place of TopicArn", async () => {
    await createTopic();
    expect((await query({ Action: "Publish", TargetArn: topicArn, Message: "hello" })).status).toBe(200);
  });

  it("answers NotFound (404) for a topic that does not exist, in XML and JSON", async () => {
    const xml = await query({ Action: "Publish", TopicArn: topicArn, Message: "hello" });
    expect(xml.status).toBe(404);
    expect(xml.text).toMatch(
      new RegExp(
        `^<ErrorResponse xmlns="http://sns\\.amazonaws\\.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message></Error><RequestId>${requestIdPattern}</RequestId></ErrorResponse>$`,
      ),
    );
    const json = await query({ Action: "Publish", TopicArn: topicArn, Message: "hello" }, true);
    expect(json.status).toBe(404);
    expect(JSON.parse(json.text)).toEqual({
      ErrorResponse: { Error: { Type: "Sender", Code: "NotFound", Message: "Topic does not exist" }, RequestId: expect.any(String) },
    });
  });

  it("requires a Message and refuses an empty one", async () => {
    await createTopic();
    const missing = await query({ Action: "Publish", TopicArn: topicArn });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain("<Code>ValidationError</Code>");
    const empty = await query({ Action: "Publish", TopicArn: topicArn, Message: "" });
    expect(empty.text).toContain("<Code>InvalidParameter</Code><Message>Invalid parameter: Empty message</Message>");
  });

  it("accepts a Subject of 100 characters and refuses 101 or a line break", async () => {
    await createTopic();
    expect((await query({ Action: "Publish", TopicArn: topicArn, Message: "m", Subject: "s".repeat(100) })).status).toBe(200);
    const long = await query({ Action: "Publish", TopicArn: topicArn, Message: "m", Subject: "s".repeat(101) });
    expect(long.status).toBe(400);
    expect(long.text).toContain("<Message>Invalid parameter: Subject</Message>");
    expect((await query({ Action: "Publish", TopicArn: topicArn, Message: "m", Subject: "a\nb" })).status).toBe(400);
  });

  it("rejects an invalid message attribute with ParameterValueInvalid", async () => {
    await createTopic();
    const { status, text } = await query({
      Action: "Publish",
      TopicArn: topicArn,
      Message: "m",
      "MessageAttributes.entry.1.Name": "total",
      "MessageAttributes.entry.1.Value.DataType": "Number",
      "MessageAttributes.entry.1.Value.StringValue": "lots",
    });
    expect(status).toBe(400);
    expect(text).toContain("<Code>ParameterValueInvalid</Code><Message>Could not cast message attribute &apos;total&apos; value to number.</Message>");
  });

  it("refuses a MessageStructure json message without a default entry", async () => {
    await createTopic();
    const { text } = await query({ Action: "Publish", TopicArn: topicArn, Message: '{"sqs":"x"}', MessageStructure: "json" });
    expect(text).toContain("No default entry in JSON message body");
  });

  it("records the Publish with its topic", async () => {
    await createTopic();
    await query({ Action: "Publish", TopicArn: topicArn, Message: "hello" });
    const recorded = await sns.waitForReceived((r) => r.action === "Publish");
    expect(recorded).toMatchObject({ target: topicArn, status: 200, input: { Message: "hello", TopicArn: topicArn } });
  });
});

describe("subscriptions", () => {
  it("delivers the SNS notification envelope to a subscribed SQS queue", async () => {
    await createTopic();
    const queueUrl = await createQueue("inbox");
    const subscribe = await query({ Action: "Subscribe", TopicArn: topicArn, Protocol: "sqs", Endpoint: "arn:aws:sqs:us-east-1:123456789012:inbox" }, true);
    const subscriptionArn = JSON.parse(subscribe.text).SubscribeResponse.SubscribeResult.SubscriptionArn as string;
    expect(subscriptionArn).toMatch(new RegExp(`^${topicArn}:${requestIdPattern}$`));
    const publish = await query(
      {
        Action: "Publish",
        TopicArn: topicArn,
        Message: "hello",
        Subject: "greeting",
        "MessageAttributes.entry.1.Name": "kind",
        "MessageAttributes.entry.1.Value.DataType": "String",
        "MessageAttributes.entry.1.Value.StringValue": "order",
      },
      true,
    );
    const messageId = JSON.parse(publish.text).PublishResponse.PublishResult.MessageId;
    const [delivered] = await receiveBodies(queueUrl);
    const envelope = JSON.parse(delivered?.Body ?? "{}");
    expect(envelope).toMatchObject({
      Type: "Notification",
      MessageId: messageId,
      TopicArn: topicArn,
      Subject: "greeting",
      Message: "hello",
      MessageAttributes: { kind: { Type: "String", Value: "order" } },
    });
    expect(Number.isNaN(Date.parse(envelope.Timestamp))).toBe(false);
    expect(sns.deliveries()).toEqual([expect.objectContaining({ status: "delivered", source: subscriptionArn })]);
    expect(sqs.received().some((r) => r.via === "sns" && r.action === "SendMessage")).toBe(true);
  });

  it("delivers the raw message and its attributes with RawMessageDelivery", async () => {
    await createTopic();
    const queueUrl = await createQueue("inbox");
    await query({
      Action: "Subscribe",
      TopicArn: topicArn,
      Protocol: "sqs",
      Endpoint: "arn:aws:sqs:us-east-1:123456789012:inbox",
      "Attributes.entry.1.key": "RawMessageDelivery",
      "Attributes.entry.1.value": "true",
    });
    await query({
      Action: "Publish",
      TopicArn: topicArn,
      Message: '{"id":1}',
      "MessageAttributes.entry.1.Name": "kind",
      "MessageAttributes.entry.1.Value.DataType": "String",
      "MessageAttributes.entry.1.Value.StringValue": "order",
    });
    const [delivered] = await receiveBodies(queueUrl);
    expect(delivered?.Body).toBe('{"id":1}');
    expect(delivered?.MessageAttributes).toEqual({ kind: { DataType: "String", StringValue: "order" } });
  });

  it("delivers only messages that pass the subscription's filter policy", async () => {
    await createTopic();
    const queueUrl = await createQueue("inbox");
    await query({
      Action: "Subscribe",
      TopicArn: topicArn,
      Protocol: "sqs",
      Endpoint: "arn:aws:sqs:us-east-1:123456789012:inbox",
      "Attributes.entry.1.key": "FilterPolicy",
      "Attributes.entry.1.value": '{"total":[{"numeric":[">",100]}]}',
      "Attributes.entry.2.key": "RawMessageDelivery",
      "Attributes.entry.2.value": "true",
    });
    for (const total of ["50", "150"]) {
      await query({
        Action: "Publish",
        TopicArn: topicArn,
        Message: `total ${total}`,
        "MessageAttributes.entry.1.Name": "total",
        "MessageAttributes.entry.1.Value.DataType": "Number",
        "MessageAttributes.entry.1.Value.StringValue": total,
      });
    }
    expect((await receiveBodies(queueUrl)).map((m) => m.Body)).toEqual(["total 150"]);
  });

  it("rejects a subscription to an SQS endpoint that is not a queue ARN", async () => {
    await createTopic();
    const { status, text } = await query({ Action: "Subscribe", TopicArn: topicArn, Protocol: "sqs", Endpoint: "https://sqs.us-east-1.amazonaws.com/123456789012/inbox" });
    expect(status).toBe(400);
    expect(text).toContain("Invalid parameter: SQS endpoint ARN");
  });

  it("lists subscriptions by topic and unsubscribes", async () => {
    await createTopic();
    const subscribe = await query({ Action: "Subscribe", TopicArn: topicArn, Protocol: "sqs", Endpoint: "arn:aws:sqs:us-east-1:123456789012:inbox" }, true);
    const arn = JSON.parse(subscribe.text).SubscribeResponse.SubscribeResult.SubscriptionArn;
    const list = await query({ Action: "ListSubscriptionsByTopic", TopicArn: topicArn }, true);
    expect(JSON.parse(list.text).ListSubscriptionsByTopicResponse.ListSubscriptionsByTopicResult.Subscriptions).toEqual([
      { SubscriptionArn: arn, Owner: "123456789012", Protocol: "sqs", Endpoint: "arn:aws:sqs:us-east-1:123456789012:inbox", TopicArn: topicArn },
    ]);
    expect((await query({ Action: "Unsubscribe", SubscriptionArn: arn })).status).toBe(200);
    expect((await query({ Action: "Unsubscribe", SubscriptionArn: arn })).status).toBe(404);
  });

  it("records a delivery it cannot make as undeliverable", async () => {
    await createTopic();
    await query({ Action: "Subscribe", TopicArn: topicArn, Protocol: "lambda", Endpoint: "arn:aws:lambda:us-east-1:123456789012:function:f" });
    await query({ Action: "Publish", TopicArn: topicArn, Message: "hello" });
    expect(await sns.waitForDelivery(() => true)).toMatchObject({ status: "undeliverable", target: "arn:aws:lambda:us-east-1:123456789012:function:f" });
  });

  it("records a failed delivery when the subscribed queue does not exist", async () => {
    await createTopic();
    await query({ Action: "Subscribe", TopicArn: topicArn, Protocol: "sqs", Endpoint: "arn:aws:sqs:us-east-1:123456789012:gone" });
    await query({ Action: "Publish", TopicArn: topicArn, Message: "hello" });
    expect(await sns.waitForDelivery(() => true)).toMatchObject({ status: "failed", error: "The specified queue does not exist." });
  });
});
