// Sends the same SNS and SQS requests to the local backends and to a running moto_server and prints
// both answers side by side, ids and request ids masked, so wire-shape differences show.
// Usage: moto_server -p 5055 & MOTO_ENDPOINT=http://127.0.0.1:5055 pnpm exec tsx scripts/compareWithMoto.ts
import { startBackends } from "../src/index";
import { callJson, callQuery } from "../src/testing/signedFetch";

const moto = process.env.MOTO_ENDPOINT;
if (!moto) throw new Error("Set MOTO_ENDPOINT to a running moto_server, e.g. http://127.0.0.1:5055.");

/** Masks ids, request ids, receipt handles and ports, and sorts JSON members, so that only shape differences remain. */
function mask(text: string): string {
  let normalised = text;
  try {
    normalised = JSON.stringify(sortKeys(JSON.parse(text)));
  } catch {
    // Not JSON (XML answers): compared as text.
  }
  return normalised
    .replace(/<RequestId>[^<]+<\/RequestId>/g, "<RequestId>…</RequestId>")
    .replace(/"RequestId":"[^"]+"/g, '"RequestId":"…"')
    .replace(/"ReceiptHandle":"[^"]+"/g, '"ReceiptHandle":"…"')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<uuid>")
    .replace(/http:\/\/127\.0\.0\.1:\d+/g, "<endpoint>");
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, member]) => [key, sortKeys(member)]));
}

type Case = { name: string; send: (endpoint: string) => Promise<{ status: number; text: string; queryError?: string | null }> };

const sns = (params: Record<string, string>, json = false) => async (endpoint: string) => {
  const { status, text } = await callQuery(endpoint, { service: "sns", params: { Version: "2010-03-31", ...params }, json });
  return { status, text };
};
const sqs = (action: string, body: (endpoint: string) => unknown) => async (endpoint: string) => {
  const { status, body: answer, headers } = await callJson(endpoint, { service: "sqs", target: `AmazonSQS.${action}`, body: body(endpoint) });
  return { status, text: JSON.stringify(answer), queryError: headers.get("x-amzn-query-error") };
};
const topic = "arn:aws:sns:us-east-1:123456789012:compare";

const cases: Case[] = [
  { name: "SNS CreateTopic (XML)", send: sns({ Action: "CreateTopic", Name: "compare" }) },
  { name: "SNS Publish (XML)", send: sns({ Action: "Publish", TopicArn: topic, Message: "hi" }) },
  { name: "SNS Publish (Accept: application/json)", send: sns({ Action: "Publish", TopicArn: topic, Message: "hi" }, true) },
  { name: "SNS Publish to a missing topic", send: sns({ Action: "Publish", TopicArn: `${topic}-nope`, Message: "hi" }) },
  { name: "SNS Publish with an empty Message", send: sns({ Action: "Publish", TopicArn: topic, Message: "" }) },
  {
    name: "SNS Publish with a Number attribute that is not a number",
    send: sns({
      Action: "Publish",
      TopicArn: topic,
      Message: "hi",
      "MessageAttributes.entry.1.Name": "n",
      "MessageAttributes.entry.1.Value.DataType": "Number",
      "MessageAttributes.entry.1.Value.StringValue": "x",
    }),
  },
  { name: "SQS CreateQueue", send: sqs("CreateQueue", () => ({ QueueName: "compare" })) },
  { name: "SQS SendMessage", send: sqs("SendMessage", (e) => ({ QueueUrl: `${e}/123456789012/compare`, MessageBody: "hello", MessageAttributes: { a: { DataType: "String", StringValue: "v" } } })) },
  { name: "SQS ReceiveMessage", send: sqs("ReceiveMessage", (e) => ({ QueueUrl: `${e}/123456789012/compare`, MessageAttributeNames: ["All"] })) },
  { name: "SQS GetQueueUrl for a missing queue", send: sqs("GetQueueUrl", () => ({ QueueName: "nope" })) },
  { name: "SQS ReceiveMessage MaxNumberOfMessages 11", send: sqs("ReceiveMessage", (e) => ({ QueueUrl: `${e}/123456789012/compare`, MaxNumberOfMessages: 11 })) },
  { name: "SQS SendMessage with an empty body", send: sqs("SendMessage", (e) => ({ QueueUrl: `${e}/123456789012/compare`, MessageBody: "" })) },
];

async function main(): Promise<void> {
  const set = await startBackends({ services: ["sns", "sqs"] });
  const local = { sns: set.endpoints.sns!, sqs: set.endpoints.sqs! };
  try {
    for (const { name, send } of cases) {
      const endpoint = name.startsWith("SNS") ? local.sns : local.sqs;
      const [ours, theirs] = await Promise.all([send(endpoint), send(moto!).catch((error: unknown) => ({ status: 0, text: String(error), queryError: null }))]);
      const same = ours.status === theirs.status && mask(ours.text) === mask(theirs.text);
      console.log(`\n== ${name} ${same ? "(same)" : "(differs)"}`);
      console.log(`local ${ours.status}${ours.queryError ? ` [${ours.queryError}]` : ""}: ${mask(ours.text)}`);
      console.log(`moto  ${theirs.status}${theirs.queryError ? ` [${theirs.queryError}]` : ""}: ${mask(theirs.text)}`);
    }
  } finally {
    await set.stop();
  }
}

void main();
