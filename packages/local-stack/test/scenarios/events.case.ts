import { randomUUID } from "node:crypto";
import { callJsonProtocol, createAwsCaller, JSON_PROTOCOLS } from "../../src";
import { callApi, pollUntil } from "../helpers/callApi";
import { ADVERSARIAL, ADVERSARIAL_ALL } from "./adversarial";
import { itAsAws, type ScenarioContext } from "./context";

interface Delivery {
  messageId: string;
  event: { id: string; version: string; source: string; "detail-type": string; detail: unknown; account: string; region: string; time: string; resources: string[] };
}

/** The events template through the stack: PutEvents on the bus, the rule's deliveries read back from SQS. */
export function eventsScenarios(ctx: ScenarioContext): void {
  describe(`events template (${ctx.backend})`, () => {
    // GET /deliveries reads at most 10 messages: start from an empty queue, so that events left by
    // an earlier run on a long-lived endpoint (MOTO_ENDPOINT) cannot hide this run's.
    beforeAll(async () => {
      const stack = ctx.stack();
      const caller = createAwsCaller({ endpoints: stack.endpoints, region: "us-east-1", credentials: stack.credentials, timeoutMs: 10_000 });
      try {
        const queueUrl = stack.templates.find((t) => t.name === "events")!.resources["DeliveryQueue"]!.physicalId;
        await callJsonProtocol(caller, JSON_PROTOCOLS.sqs, "PurgeQueue", { QueueUrl: queueUrl });
      } finally {
        await caller.close();
      }
    });

    const putEvent = (body: unknown) => callApi(ctx.stack(), "events", "/events", { headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    /** The delivery of this event, once the rule has forwarded it to the queue (EventBridge delivers asynchronously). */
    const deliveryOf = async (eventId: string) => {
      const list = await pollUntil(
        async () => (await callApi(ctx.stack(), "events", "/deliveries")).json<{ deliveries: Delivery[] }>().deliveries,
        (deliveries) => deliveries.some((d) => d.event.id === eventId),
        { tries: 20, pauseMs: 50 },
      );
      return list.find((d) => d.event.id === eventId)!;
    };

    const demoSource = () => ctx.stack().templates.find((t) => t.name === "events")!.parameters["DemoSource"];

    it("puts an event whose detail arrives exactly as sent", async () => {
      const detail = { text: ADVERSARIAL_ALL, each: [...ADVERSARIAL], nested: { n: 1.5, ok: true, none: null, 'key "with" $ and #': "v" }, run: randomUUID() };
      const res = await putEvent({ detailType: "order placed $ # ü", detail });
      expect(res.status).toBe(200);
      const { eventId } = res.json<{ eventId: string }>();
      expect(eventId).toMatch(/^[0-9a-f-]{36}$/);
      const delivery = await deliveryOf(eventId);
      expect(delivery.event).toMatchObject({ id: eventId, source: demoSource(), "detail-type": "order placed $ # ü", detail });
    });

    itAsAws(ctx, "events-unescaped-detail-type", "keeps quotes and backslashes of the detail type", async () => {
      const detailType = 'order "placed" \\ back';
      const res = await putEvent({ detailType, detail: { run: randomUUID() } });
      expect(res.status).toBe(200);
      const delivery = await deliveryOf(res.json<{ eventId: string }>().eventId);
      expect(delivery.event["detail-type"]).toBe(detailType);
    });

    itAsAws(ctx, "events-no-account-in-delivery", "delivers the whole EventBridge envelope (account, region, time, resources)", async () => {
      const res = await putEvent({ detailType: "envelope", detail: { run: randomUUID() } });
      const delivery = await deliveryOf(res.json<{ eventId: string }>().eventId);
      expect(delivery.event).toMatchObject({ version: "0", account: "123456789012", region: "us-east-1", resources: [], time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    });

    itAsAws(ctx, "events-accepts-aws-sources", "maps a refused entry (FailedEntryCount > 0) to 400 with the entry's error", async () => {
      // EventBridge reserves sources starting with "aws." for AWS services.
      const res = await putEvent({ source: "aws.playground", detailType: "x", detail: {} });
      expect(res.status).toBe(400);
      expect(res.json()).toEqual({
        message: "EventBridge did not accept the event",
        failedEntries: [{ errorCode: "NotAuthorizedForSourceException", errorMessage: expect.any(String) }],
      });
    });
  });
}
