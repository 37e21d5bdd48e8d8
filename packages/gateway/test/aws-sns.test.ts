import { type AwsStack, startAwsStack } from "./helpers/aws-stack";

// templates/sns: a form-encoded Publish on SNS's Query protocol (`sns:path//`).

let stack: AwsStack;
let topicArn: string;
beforeAll(async () => {
  stack = await startAwsStack("sns", { services: ["sns"] });
  topicArn = stack.template.resources.Topic!.physicalId;
});
afterAll(() => stack.stop());

const json = { "content-type": "application/json" };

describe("templates/sns against the local SNS", () => {
  it("publishes a message with a subject and string attributes", async () => {
    const res = await stack.call("POST", "/messages", {
      headers: json,
      body: JSON.stringify({ message: "hello", subject: "Greeting", attributes: { color: "blue", "size.class": "L" } }),
    });
    expect(res.status).toBe(200);
    const { messageId } = res.json<{ messageId: string }>();
    expect(messageId).toMatch(/^[0-9a-f-]{36}$/);
    const received = await stack.backends.backends.sns!.waitForReceived((r) => r.action === "Publish" && (r.input as Record<string, string>).Message === "hello");
    expect(received.target).toBe(topicArn);
    expect(received.input).toMatchObject({
      Action: "Publish",
      TopicArn: topicArn,
      Subject: "Greeting",
      "MessageAttributes.entry.1.Name": "color",
      "MessageAttributes.entry.1.Value.DataType": "String",
      "MessageAttributes.entry.1.Value.StringValue": "blue",
      "MessageAttributes.entry.2.Name": "size.class",
      "MessageAttributes.entry.2.Value.StringValue": "L",
    });
  });

  const adversarial = ["a & b = c + d", 'quote " backslash \\', "line\nbreak", "unicode é 中文 🎉", "$dollar #hash %41 ${x}", '"} , {"x": 1'];
  for (const message of adversarial) {
    it(`publishes ${JSON.stringify(message)} exactly as sent`, async () => {
      const res = await stack.call("POST", "/messages", { headers: json, body: JSON.stringify({ message, attributes: { note: message } }) });
      expect(res.status).toBe(200);
      const received = await stack.backends.backends.sns!.waitForReceived((r) => r.action === "Publish" && (r.input as Record<string, string>).Message === message);
      expect((received.input as Record<string, string>)["MessageAttributes.entry.1.Value.StringValue"]).toBe(message);
    });
  }

  it("signs the call for sns in the ARN's region (the backend checks the credential scope)", async () => {
    await stack.call("POST", "/messages", { headers: json, body: JSON.stringify({ message: "scoped" }) });
    const received = await stack.backends.backends.sns!.waitForReceived((r) => (r.input as Record<string, string>).Message === "scoped");
    expect(received.status).toBe(200);
  });
});

describe("templates/sns when SNS refuses the publish", () => {
  let missing: AwsStack;
  beforeAll(async () => {
    // Provision a differently named topic, so the route's TopicArn names one that does not exist.
    missing = await startAwsStack("sns", {
      services: ["sns"],
      edit: (template) => {
        const topic = template.resources.Topic!;
        template.resources.Topic = { ...topic, attributes: { ...topic.attributes, TopicName: `${topic.attributes.TopicName}-other` } };
      },
    });
  });
  afterAll(() => missing.stop());

  it("answers 400 with SNS's own message", async () => {
    const res = await missing.call("POST", "/messages", { headers: json, body: JSON.stringify({ message: "lost" }) });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ message: "Topic does not exist" });
  });
});
