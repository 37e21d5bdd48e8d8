import { callJson } from "../testing/signedFetch";
import { type SqsBackend, startSqs } from "./startSqs";

let sqs: SqsBackend;

beforeEach(async () => {
  sqs = await startSqs();
});

afterEach(async () => {
  await sqs.stop();
});

const call = (action: string, body: unknown = {}) => callJson(sqs.endpoint, { service: "sqs", target: `AmazonSQS.${action}`, body });

async function createQueue(name: string, attributes?: Record<string, string>): Promise<string> {
  const { status, body } = await call("CreateQueue", { QueueName: name, ...(attributes ? { Attributes: attributes } : {}) });
  expect(status).toBe(200);
  return body.QueueUrl as string;
}

type Message = { MessageId: string; ReceiptHandle: string; Body: string; MD5OfBody: string; Attributes?: Record<string, string>; MessageAttributes?: Record<string, unknown>; MD5OfMessageAttributes?: string };

async function receive(queueUrl: string, extra: Record<string, unknown> = {}): Promise<Message[]> {
  const { status, body } = await call("ReceiveMessage", { QueueUrl: queueUrl, ...extra });
  expect(status).toBe(200);
  return (body.Messages as Message[] | undefined) ?? [];
}

describe("queues", () => {
  it("creates a queue whose URL is on this endpoint, and answers the same URL again for the same attributes", async () => {
    const url = await createQueue("orders", { VisibilityTimeout: "10" });
    expect(url).toBe(`${sqs.endpoint}/123456789012/orders`);
    expect(await createQueue("orders", { VisibilityTimeout: "10" })).toBe(url);
  });

  it("refuses to re-create a queue with a different attribute value", async () => {
    await createQueue("orders", { VisibilityTimeout: "10" });
    const { status, headers, body } = await call("CreateQueue", { QueueName: "orders", Attributes: { VisibilityTimeout: "20" } });
    expect(status).toBe(400);
    expect(headers.get("x-amzn-query-error")).toBe("QueueAlreadyExists;Sender");
    expect(body.__type).toBe("com.amazonaws.sqs#QueueNameExists");
  });

  it("rejects an invalid queue name", async () => {
    const { status, body } = await call("CreateQueue", { QueueName: "bad name!" });
    expect(status).toBe(400);
    expect(body).toEqual({
      __type: "com.amazonaws.sqs#InvalidParameterValue",
      message: "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length",
    });
  });

  it("answers GetQueueUrl for an existing queue and QueueDoesNotExist with the legacy query code otherwise", async () => {
    const url = await createQueue("orders");
    expect((await call("GetQueueUrl", { QueueName: "orders" })).body).toEqual({ QueueUrl: url });
    const missing = await call("GetQueueUrl", { QueueName: "nope" });
    expect(missing.status).toBe(400);
    expect(missing.headers.get("x-amzn-query-error")).toBe("AWS.SimpleQueueService.NonExistentQueue;Sender");
    expect(missing.body).toEqual({ __type: "com.amazonaws.sqs#QueueDoesNotExist", message: "The specified queue does not exist." });
  });

  it("addresses a queue by its AWS-form URL too", async () => {
    await createQueue("orders");
    const awsUrl = "https://sqs.us-east-1.amazonaws.com/123456789012/orders";
    expect((await call("SendMessage", { QueueUrl: awsUrl, MessageBody: "hi" })).status).toBe(200);
    expect((await receive(awsUrl))[0]?.Body).toBe("hi");
  });

  it("lists queues by prefix, and answers {} when none match", async () => {
    const a = await createQueue("orders-a");
    const b = await createQueue("orders-b");
    await createQueue("other");
    expect((await call("ListQueues", { QueueNamePrefix: "orders" })).body).toEqual({ QueueUrls: [a, b] });
    expect((await call("ListQueues", { QueueNamePrefix: "zzz" })).body).toEqual({});
  });

  it("reports attributes including counts and the ARN, and stores a Policy", async () => {
    const url = await createQueue("orders");
    const policy = JSON.stringify({ Version: "2012-10-17", Statement: [] });
    expect((await call("SetQueueAttributes", { QueueUrl: url, Attributes: { Policy: policy } })).status).toBe(200);
    await call("SendMessage", { QueueUrl: url, MessageBody: "one" });
    const { body } = await call("GetQueueAttributes", { QueueUrl: url, AttributeNames: ["All"] });
    expect(body.Attributes).toMatchObject({
      QueueArn: "arn:aws:sqs:us-east-1:123456789012:orders",
      ApproximateNumberOfMessages: "1",
      ApproximateNumberOfMessagesNotVisible: "0",
      VisibilityTimeout: "30",
      Policy: policy,
    });
    const only = await call("GetQueueAttributes", { QueueUrl: url, AttributeNames: ["QueueArn"] });
    expect(only.body).toEqual({ Attributes: { QueueArn: "arn:aws:sqs:us-east-1:123456789012:orders" } });
  });

  it("rejects an unknown attribute name", async () => {
    const url = await createQueue("orders");
    const { status, body } = await call("SetQueueAttributes", { QueueUrl: url, Attributes: { Colour: "blue" } });
    expect(status).toBe(400);
    expect(body).toEqual({ __type: "com.amazonaws.sqs#InvalidAttributeName", message: "Unknown Attribute Colour." });
  });

  it("deletes a queue, after which it does not exist", async () => {
    const url = await createQueue("orders");
    expect((await call("DeleteQueue", { QueueUrl: url })).status).toBe(200);
    expect((await call("SendMessage", { QueueUrl: url, MessageBody: "x" })).body.__type).toBe("com.amazonaws.sqs#QueueDoesNotExist");
  });
});

describe("messages", () => {
  it("answers SendMessage with the MD5 of the body and of the attributes", async () => {
    const url = await createQueue("orders");
    const { body } = await call("SendMessage", {
      QueueUrl: url,
      MessageBody: "hello",
      MessageAttributes: {
        a: { DataType: "String", StringValue: "v" },
        n: { DataType: "Number", StringValue: "1" },
        b: { DataType: "Binary", BinaryValue: "AAE=" },
      },
    });
    expect(body).toEqual({
      MessageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      MD5OfMessageBody: "5d41402abc4b2a76b9719d911017c592",
      MD5OfMessageAttributes: "06f164134b4649a85eb16bb161ec842e",
    });
  });

  it("requires a non-empty MessageBody", async () => {
    const url = await createQueue("orders");
    const { status, body, headers } = await call("SendMessage", { QueueUrl: url, MessageBody: "" });
    expect(status).toBe(400);
    expect(headers.get("x-amzn-query-error")).toBe("MissingParameter;Sender");
    expect(body.message).toBe("The request must contain the parameter MessageBody.");
  });

  it("refuses characters SQS does not allow", async () => {
    const url = await createQueue("orders");
    const { body } = await call("SendMessage", { QueueUrl: url, MessageBody: "a\u0000b" });
    expect(body.__type).toBe("com.amazonaws.sqs#InvalidMessageContents");
  });

  it("receives a message with the requested system and message attributes", async () => {
    const url = await createQueue("orders");
    await call("SendMessage", { QueueUrl: url, MessageBody: "hello", MessageAttributes: { kind: { DataType: "String", StringValue: "order" } } });
    const [message] = await receive(url, { MessageSystemAttributeNames: ["ApproximateReceiveCount", "SentTimestamp"], MessageAttributeNames: ["All"] });
    expect(message).toMatchObject({ Body: "hello", MD5OfBody: "5d41402abc4b2a76b9719d911017c592" });
    expect(message?.Attributes?.ApproximateReceiveCount).toBe("1");
    expect(Number(message?.Attributes?.SentTimestamp)).toBeGreaterThan(1_600_000_000_000);
    expect(message?.MessageAttributes).toEqual({ kind: { DataType: "String", StringValue: "order" } });
    expect(message?.MD5OfMessageAttributes).toMatch(/^[0-9a-f]{32}$/);
  });

  it("leaves attributes out unless asked", async () => {
    const url = await createQueue("orders");
    await call("SendMessage", { QueueUrl: url, MessageBody: "hello", MessageAttributes: { kind: { DataType: "String", StringValue: "order" } } });
    const [message] = await receive(url);
    expect(Object.keys(message ?? {}).sort()).toEqual(["Body", "MD5OfBody", "MessageId", "ReceiptHandle"]);
  });

  it("answers {} when the queue is empty", async () => {
    const url = await createQueue("orders");
    expect((await call("ReceiveMessage", { QueueUrl: url })).body).toEqual({});
  });

  it("hides a received message for the visibility timeout", async () => {
    const url = await createQueue("orders");
    await call("SendMessage", { QueueUrl: url, MessageBody: "once" });
    expect(await receive(url)).toHaveLength(1);
    expect(await receive(url)).toHaveLength(0);
  });

  it("hands a message out again at once with VisibilityTimeout 0, counting receives", async () => {
    const url = await createQueue("orders");
    await call("SendMessage", { QueueUrl: url, MessageBody: "again" });
    const first = await receive(url, { VisibilityTimeout: 0, AttributeNames: ["All"] });
    const second = await receive(url, { VisibilityTimeout: 0, AttributeNames: ["All"] });
    expect(first[0]?.Attributes?.ApproximateReceiveCount).toBe("1");
    expect(second[0]?.Attributes?.ApproximateReceiveCount).toBe("2");
    expect(second[0]?.ReceiptHandle).not.toBe(first[0]?.ReceiptHandle);
  });

  it("returns at most MaxNumberOfMessages and rejects values outside 1..10", async () => {
    const url = await createQueue("orders");
    for (let i = 0; i < 12; i++) await call("SendMessage", { QueueUrl: url, MessageBody: `m${i}` });
    expect(await receive(url, { MaxNumberOfMessages: 10 })).toHaveLength(10);
    const { status, headers, body } = await call("ReceiveMessage", { QueueUrl: url, MaxNumberOfMessages: 11 });
    expect(status).toBe(400);
    expect(headers.get("x-amzn-query-error")).toBe("InvalidParameterValue;Sender");
    expect(body.message).toBe("Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.");
  });

  it("deletes a received message, and rejects a receipt handle it never issued", async () => {
    const url = await createQueue("orders");
    await call("SendMessage", { QueueUrl: url, MessageBody: "x" });
    const [message] = await receive(url, { VisibilityTimeout: 0 });
    expect((await call("DeleteMessage", { QueueUrl: url, ReceiptHandle: message?.ReceiptHandle })).status).toBe(200);
    expect(await receive(url)).toHaveLength(0);
    const bogus = await call("DeleteMessage", { QueueUrl: url, ReceiptHandle: "bogus" });
    expect(bogus.body.__type).toBe("com.amazonaws.sqs#ReceiptHandleIsInvalid");
  });

  it("purges a queue, and refuses a second purge within 60 seconds", async () => {
    const url = await createQueue("orders");
    await call("SendMessage", { QueueUrl: url, MessageBody: "x" });
    expect((await call("PurgeQueue", { QueueUrl: url })).status).toBe(200);
    expect(await receive(url)).toHaveLength(0);
    const again = await call("PurgeQueue", { QueueUrl: url });
    expect(again.status).toBe(403);
    expect(again.body.__type).toBe("com.amazonaws.sqs#PurgeQueueInProgress");
  });
});

describe("long polling", () => {
  it("answers a long poll with a message sent while it waits", async () => {
    const url = await createQueue("orders");
    const waiting = receive(url, { WaitTimeSeconds: 20 });
    await call("SendMessage", { QueueUrl: url, MessageBody: "wake up" });
    const messages = await waiting;
    expect(messages.map((m) => m.Body)).toEqual(["wake up"]);
  });

  it("wakes a waiting ReceiveMessage when an in-flight message becomes visible again", async () => {
    const url = await createQueue("orders");
    await call("SendMessage", { QueueUrl: url, MessageBody: "retry" });
    await receive(url, { VisibilityTimeout: 1 });
    const messages = await receive(url, { WaitTimeSeconds: 5, AttributeNames: ["ApproximateReceiveCount"] });
    expect(messages[0]?.Attributes?.ApproximateReceiveCount).toBe("2");
  });

  it("answers an empty long poll when the queue is deleted meanwhile", async () => {
    const url = await createQueue("orders");
    const waiting = call("ReceiveMessage", { QueueUrl: url, WaitTimeSeconds: 20 });
    await call("DeleteQueue", { QueueUrl: url });
    expect((await waiting).body).toEqual({});
  });
});

describe("FIFO queues", () => {
  it("requires a message group and deduplicates by MessageDeduplicationId", async () => {
    const url = await createQueue("orders.fifo", { FifoQueue: "true" });
    expect((await call("SendMessage", { QueueUrl: url, MessageBody: "x", MessageDeduplicationId: "d" })).body.__type).toBe(
      "com.amazonaws.sqs#MissingParameter",
    );
    const first = await call("SendMessage", { QueueUrl: url, MessageBody: "x", MessageGroupId: "g", MessageDeduplicationId: "d" });
    const duplicate = await call("SendMessage", { QueueUrl: url, MessageBody: "x", MessageGroupId: "g", MessageDeduplicationId: "d" });
    expect(duplicate.body.MessageId).toBe(first.body.MessageId);
    expect(await receive(url, { MaxNumberOfMessages: 10 })).toHaveLength(1);
  });

  it("holds back later messages of a group while an earlier one is in flight", async () => {
    const url = await createQueue("orders.fifo", { FifoQueue: "true", ContentBasedDeduplication: "true" });
    await call("SendMessage", { QueueUrl: url, MessageBody: "1", MessageGroupId: "g" });
    await call("SendMessage", { QueueUrl: url, MessageBody: "2", MessageGroupId: "g" });
    await call("SendMessage", { QueueUrl: url, MessageBody: "other", MessageGroupId: "h" });
    const first = await receive(url, { MaxNumberOfMessages: 1 });
    expect(first.map((m) => m.Body)).toEqual(["1"]);
    const next = await receive(url, { MaxNumberOfMessages: 10 });
    expect(next.map((m) => m.Body)).toEqual(["other"]);
  });
});

describe("dead-letter queues", () => {
  it("moves a message to the dead-letter queue after maxReceiveCount receives", async () => {
    const dlqUrl = await createQueue("orders-dlq");
    const url = await createQueue("orders", {
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: "arn:aws:sqs:us-east-1:123456789012:orders-dlq", maxReceiveCount: 1 }),
    });
    await call("SendMessage", { QueueUrl: url, MessageBody: "poison" });
    expect(await receive(url, { VisibilityTimeout: 0 })).toHaveLength(1);
    expect(await receive(url, { VisibilityTimeout: 0 })).toHaveLength(0);
    expect((await receive(dlqUrl)).map((m) => m.Body)).toEqual(["poison"]);
  });
});

describe("delivery from other backends", () => {
  it("delivers to a queue by ARN and records it as a SendMessage via the sender", async () => {
    const url = await createQueue("orders");
    const { messageId } = sqs.deliver("arn:aws:sqs:us-east-1:123456789012:orders", { body: "{}", via: "events" });
    const [message] = await receive(url);
    expect(message?.MessageId).toBe(messageId);
    expect(sqs.received().find((r) => r.via === "events")).toMatchObject({ action: "SendMessage", target: "orders", status: 200 });
  });

  it("throws QueueDoesNotExist for an unknown queue ARN", () => {
    expect(() => sqs.deliver("arn:aws:sqs:us-east-1:123456789012:nope", { body: "{}", via: "sns" })).toThrow("The specified queue does not exist.");
  });
});

describe("credentials", () => {
  it("rejects a request signed for another service", async () => {
    const { status, body } = await callJson(sqs.endpoint, { service: "sns", target: "AmazonSQS.ListQueues" });
    expect(status).toBe(403);
    expect(body).toEqual({
      __type: "com.amazon.coral.service#InvalidSignatureException",
      message: "Credential should be scoped to correct service: 'sqs'.",
    });
  });

  it("rejects a request signed for another region", async () => {
    const { status, body } = await callJson(sqs.endpoint, { service: "sqs", target: "AmazonSQS.ListQueues", region: "eu-west-1" });
    expect(status).toBe(403);
    expect(body.message).toBe("Credential should be scoped to a valid region, not 'eu-west-1'.");
  });
});
