import { callApi } from "../helpers/callApi";
import { subscribeInbox, type TopicInbox } from "../helpers/topicInbox";
import { ADVERSARIAL, ADVERSARIAL_ALL } from "./adversarial";
import { itAsAws, type ScenarioContext } from "./context";

/**
 * The sns template through the stack: Publish on the Query protocol. What was published is read
 * back from an SQS queue subscribed to the topic, so the check holds for any backend that delivers
 * SNS to SQS.
 */
export function snsScenarios(ctx: ScenarioContext): void {
  describe(`sns template (${ctx.backend})`, () => {
    let inbox: TopicInbox;
    beforeAll(async () => {
      inbox = await subscribeInbox(ctx.stack());
    });
    afterAll(() => inbox?.close());

    itAsAws(ctx, "sns-ignores-accept-json", "publishes message, subject and attributes exactly as sent", async () => {
      const attributes = Object.fromEntries(ADVERSARIAL.map((value, i) => [`attr_${i}.x-y`, value]));
      const body = { message: ADVERSARIAL_ALL, subject: `Subject with "quotes" & $ymbols #1 {}`, attributes };
      const res = await callApi(ctx.stack(), "sns", "/messages", { headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      expect(res.status).toBe(200);
      const { messageId } = res.json<{ messageId: string }>();
      expect(messageId).toMatch(/^[0-9a-f-]{36}$/);

      const notification = await inbox.find((n) => n.MessageId === messageId);
      expect(notification.Message).toBe(body.message);
      expect(notification.Subject).toBe(body.subject);
      expect(notification.MessageAttributes).toEqual(Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, { Type: "String", Value: value }])));
    });

    itAsAws(ctx, "sns-ignores-accept-json", "publishes a message without subject or attributes", async () => {
      const res = await callApi(ctx.stack(), "sns", "/messages", { headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "plain" }) });
      expect(res.status).toBe(200);
      const notification = await inbox.find((n) => n.MessageId === res.json<{ messageId: string }>().messageId);
      expect(notification.Message).toBe("plain");
      expect(notification.Subject ?? null).toBeNull();
    });
  });
}
