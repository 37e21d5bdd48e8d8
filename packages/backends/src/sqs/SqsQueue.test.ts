import { SqsQueue } from "./SqsQueue";

function newQueue(attributes: Record<string, string> = {}): SqsQueue {
  return new SqsQueue({
    name: "q",
    url: "http://127.0.0.1:1/123456789012/q",
    arn: "arn:aws:sqs:us-east-1:123456789012:q",
    attributes,
    findQueueByArn: () => undefined,
  });
}

const receiveInput = (waitTimeSeconds: number, signal = new AbortController().signal) => ({
  maxNumberOfMessages: 10,
  visibilityTimeoutSeconds: 30,
  waitTimeSeconds,
  signal,
});

describe("SqsQueue long polling", () => {
  it("wakes a parked receive when a message is sent", async () => {
    const queue = newQueue();
    const parked = queue.receive(receiveInput(20));
    queue.send({ body: "hello", messageAttributes: {}, senderId: "me" });
    const received = await parked;
    expect(received.map((r) => r.message.body)).toEqual(["hello"]);
  });

  it("answers empty at the deadline when nothing arrives", async () => {
    const queue = newQueue();
    await expect(queue.receive(receiveInput(0.05))).resolves.toEqual([]);
  });

  it("releases a parked receive when the client goes away", async () => {
    const queue = newQueue();
    const controller = new AbortController();
    const parked = queue.receive(receiveInput(20, controller.signal));
    controller.abort();
    await expect(parked).resolves.toEqual([]);
  });

  it("releases a parked receive when the queue closes", async () => {
    const queue = newQueue();
    const parked = queue.receive(receiveInput(20));
    queue.close();
    await expect(parked).resolves.toEqual([]);
  });

  it("delivers a delayed message only after its delay", async () => {
    const queue = newQueue();
    queue.send({ body: "later", messageAttributes: {}, senderId: "me", delaySeconds: 1 });
    expect(queue.counts()).toEqual({ visible: 0, notVisible: 0, delayed: 1 });
    const received = await queue.receive(receiveInput(5));
    expect(received.map((r) => r.message.body)).toEqual(["later"]);
  });
});
