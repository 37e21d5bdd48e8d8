import { CheckFailedError } from "../errors/CheckFailedError";
import { pollUntil } from "../run/pollUntil";
import type { Scenario } from "./context";
import { shortId } from "./messageOf";

/**
 * EventBridge PutEvents, then SQS ReceiveMessage on the queue the bus rule delivers to: the event
 * goes in through one route and comes out of the other. Locally, the EventBridge backend's
 * delivery record shows the rule → queue hop itself.
 */
export const eventsScenario: Scenario = async ({ client, steps, runId, local }) => {
  const { putEvent, listDeliveries } = client.events;
  const { eventId } = await steps.call(
    "put an event",
    putEvent,
    { body: { detailType: "PlaygroundDemo", detail: { runId, message: "hello from pnpm demo" } } },
    (accepted) => `PutEvents accepted event ${shortId(accepted.eventId)} on the bus`,
  );

  await steps.run("see it delivered", listDeliveries, 200, async (_exchanges, update) => {
    // The rule delivers asynchronously on AWS (usually well under a second): read the queue until the event is there.
    const polled = await pollUntil(
      async (attempt) => {
        if (attempt > 1) update(`not in the queue yet, read ${attempt}`);
        return listDeliveries();
      },
      (list) => list.deliveries.some((delivery) => delivery.event["id"] === eventId),
      { timeoutMs: 20_000 },
    );
    const delivery = polled.value.deliveries.find((candidate) => candidate.event["id"] === eventId);
    if (!delivery) throw new CheckFailedError(`event ${eventId} was not in the queue after ${polled.attempts} reads (${Math.round(polled.elapsedMs)} ms)`);
    const detail = delivery.event["detail"] as { runId?: unknown } | undefined;
    if (detail?.runId !== runId) throw new CheckFailedError(`the delivered event's detail is ${JSON.stringify(detail)}, not what was put`);
    let text = `the rule delivered it to the queue: message ${shortId(delivery.messageId)}, detail-type ${String(delivery.event["detail-type"])}`;
    if (polled.attempts > 1) text += ` (${polled.attempts} reads)`;
    if (local) {
      const record = local.deliveries().find((candidate) => candidate.event?.["id"] === eventId);
      if (!record) throw new CheckFailedError(`the local EventBridge has no delivery record for event ${eventId}`);
      text += `; local EventBridge: ${record.source.split("/").at(-1)} → ${record.target.split(":").at(-1)}, ${record.status}`;
    }
    return { value: delivery, detail: text };
  });
};
