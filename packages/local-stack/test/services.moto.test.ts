import { randomUUID } from "node:crypto";
import { silentLogger } from "@apigw-playground/gateway";
import { callQueryProtocol, createAwsCaller, type LocalStack, startLocalStack } from "../src";
import { callApi } from "./helpers/callApi";
import { type MotoServer, motoInstalled, startMoto } from "./helpers/startMoto";
import { subscribeInbox } from "./helpers/topicInbox";
import { ADVERSARIAL, ADVERSARIAL_ALL } from "./scenarios/adversarial";
import type { ScenarioContext } from "./scenarios/context";
import { runServiceScenarios } from "./scenarios/services.case";

// The same scenarios as the embedded backends pass, with DynamoDB, S3, SNS, SQS and EventBridge
// served by moto_server (the events template needs SQS beside EventBridge: the rule delivers to a
// queue). Step Functions stays embedded: moto does not run state machine definitions.
const available = Boolean(process.env["MOTO_ENDPOINT"]) || motoInstalled();
if (!available) {
  console.warn("moto_server is not installed (pip install 'moto[server]') and MOTO_ENDPOINT is not set: skipping the moto scenarios.");
}

/** Where moto 5.2 departs from AWS in what the scenarios check (each observed, see the README). */
const MOTO_DIFFERENCES: ScenarioContext["known"] = {
  "sns-ignores-accept-json": "Publish answers XML (JSON only with a ContentType=JSON parameter), so the JSON response mapping fails with 500",
  "events-unescaped-detail-type": 'a " or \\ in detail-type breaks moto\'s event template: PutEvents answers 500',
  "events-no-account-in-delivery": "the delivered event has no account member",
  "events-accepts-aws-sources": 'sources starting with "aws." are accepted',
  "dynamodb-accepts-limit-zero": "Query accepts Limit 0",
};

(available ? describe : describe.skip)("service scenarios on moto_server", () => {
  let moto: MotoServer;
  let stack: LocalStack;

  beforeAll(async () => {
    moto = await startMoto();
    const at = moto.endpoint;
    stack = await startLocalStack({
      templates: ["dynamodb", "s3", "sns", "events"],
      endpoints: { dynamodb: at, s3: at, sns: at, sqs: at, events: at },
      logger: silentLogger,
      env: {},
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await moto?.stop();
  });

  runServiceScenarios({ backend: "moto", stack: () => stack, known: MOTO_DIFFERENCES });

  describe("what moto's SNS does with the sns template", () => {
    it("answers Publish in XML although the request asks for JSON (the cause of the 500s above)", async () => {
      const caller = createAwsCaller({ endpoints: stack.endpoints, region: "us-east-1", credentials: stack.credentials, timeoutMs: 10_000 });
      try {
        const topicArn = stack.templates.find((t) => t.name === "sns")!.resources["Topic"]!.physicalId;
        const answer = await caller.send({
          service: "sns",
          action: "Publish",
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
          body: new URLSearchParams({ Action: "Publish", Version: "2010-03-31", TopicArn: topicArn, Message: "x" }).toString(),
        });
        expect(answer.body.toString()).toMatch(/^<PublishResponse/);
        // The legacy ContentType=JSON parameter is what moto looks at.
        const json = await callQueryProtocol(caller, "sns", "2010-03-31", "Publish", { TopicArn: topicArn, Message: "x", ContentType: "JSON" });
        expect(JSON.parse(json)).toMatchObject({ PublishResponse: { PublishResult: { MessageId: expect.any(String) } } });
      } finally {
        await caller.close();
      }
    });

    it("still receives the Publish exactly as the template sent it", async () => {
      const inbox = await subscribeInbox(stack);
      try {
        const message = `${ADVERSARIAL_ALL} ${randomUUID()}`;
        const attributes = { "attr_0.x-y": ADVERSARIAL[0], attr_1: ADVERSARIAL[2] };
        const res = await callApi(stack, "sns", "/messages", { headers: { "content-type": "application/json" }, body: JSON.stringify({ message, subject: "s", attributes }) });
        expect(res.status).toBe(500);
        const notification = await inbox.find((n) => n.Message === message);
        expect(notification.Subject).toBe("s");
        expect(notification.MessageAttributes).toEqual({ "attr_0.x-y": { Type: "String", Value: ADVERSARIAL[0] }, attr_1: { Type: "String", Value: ADVERSARIAL[2] } });
      } finally {
        await inbox.close();
      }
    });
  });
});
