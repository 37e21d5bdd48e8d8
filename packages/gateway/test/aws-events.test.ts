import { type AwsStack, startAwsStack } from "./helpers/aws-stack";

// templates/events: PutEvents on EventBridge (AWS JSON 1.1) and ReceiveMessage on SQS (JSON 1.0).

let stack: AwsStack;
let bus: string;
beforeAll(async () => {
  stack = await startAwsStack("events", { services: ["events", "sqs"] });
  bus = stack.template.resources.EventBus!.physicalId;
});
afterAll(() => stack.stop());

const json = { "content-type": "application/json" };

describe("templates/events against the local EventBridge and SQS", () => {
  it("puts an event on the bus and answers its id", async () => {
    const res = await stack.call("POST", "/events", { headers: json, body: JSON.stringify({ detailType: "order.placed", detail: { orderId: "o-1", total: 42 } }) });
    expect(res.status).toBe(200);
    const { eventId } = res.json<{ eventId: string }>();
    expect(eventId).toMatch(/^[0-9a-f-]{36}$/);
    const received = await stack.backends.backends.events!.waitForReceived((r) => r.action === "PutEvents");
    expect(received.target).toBe(bus);
  });

  it("delivers the event through the rule to the queue, which GET /deliveries reads back", async () => {
    const detail = { marker: "delivered-1", text: 'quote " and é' };
    const put = await stack.call("POST", "/events", { headers: json, body: JSON.stringify({ detailType: "demo", detail }) });
    expect(put.status).toBe(200);
    await stack.backends.backends.events!.waitForDelivery((d) => d.status === "delivered" && JSON.stringify(d.event ?? {}).includes("delivered-1"));
    const res = await stack.call("GET", "/deliveries");
    expect(res.status).toBe(200);
    const { deliveries } = res.json<{ deliveries: { messageId: string; event: { detail: unknown; "detail-type": string } }[] }>();
    const mine = deliveries.find((d) => JSON.stringify(d.event.detail).includes("delivered-1"));
    expect(mine?.event.detail).toEqual(detail);
    expect(mine?.event["detail-type"]).toBe("demo");
  });

  it("turns a per-entry refusal (FailedEntryCount > 0, HTTP 200) into a 400 with the entry's error", async () => {
    const res = await stack.call("POST", "/events", { headers: json, body: JSON.stringify({ source: "aws.something", detailType: "x", detail: {} }) });
    expect(res.status).toBe(400);
    const body = res.json<{ message: string; failedEntries: { errorCode: string; errorMessage: string }[] }>();
    expect(body.message).toBe("EventBridge did not accept the event");
    expect(body.failedEntries).toHaveLength(1);
    expect(body.failedEntries[0]!.errorCode).toBe("NotAuthorizedForSourceException");
    const received = await stack.backends.backends.events!.waitForReceived((r) => JSON.stringify(r.input).includes("aws.something"));
    expect(received.status).toBe(200);
  });

  it("keeps the detail's strings exactly as sent", async () => {
    const detail = { text: 'a "quoted" \\ back\nslash $ # "} é 🎉', nested: { list: [1, "two", null, true] } };
    const res = await stack.call("POST", "/events", { headers: json, body: JSON.stringify({ detailType: "exact", detail }) });
    expect(res.status).toBe(200);
    const received = await stack.backends.backends.events!.waitForReceived((r) => JSON.stringify(r.input).includes("exact"));
    const entry = (received.input as { Entries: { Detail: string; DetailType: string }[] }).Entries[0]!;
    expect(entry.DetailType).toBe("exact");
    expect(JSON.parse(entry.Detail)).toEqual(detail);
  });
});
