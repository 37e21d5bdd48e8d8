import { CheckFailedError } from "../errors/CheckFailedError";
import type { ReceivedRecord, Scenario } from "./context";
import { shortId } from "./messageOf";

/**
 * SNS Publish over the Query protocol (API Gateway form-encodes the JSON body in VTL), with
 * message attributes. Locally, the SNS backend's record shows the Publish as SNS received it.
 */
export const snsScenario: Scenario = async ({ client, steps, runId, local }) => {
  const message = `hello from pnpm demo (run ${runId})`;
  const attributes = { runId, kind: "demo" };
  await steps.call(
    "publish a message",
    client.sns.publishMessage,
    { body: { message, subject: "apigw-playground demo", attributes } },
    ({ messageId }) => {
      let text = `SNS accepted message ${shortId(messageId)}`;
      if (local) {
        const record = local.received().find((candidate) => candidate.service === "sns" && candidate.action === "Publish" && fieldsOf(candidate)["Message"] === message);
        if (!record) throw new CheckFailedError("the local SNS has no record of the Publish");
        const seen = attributeNames(fieldsOf(record));
        if (seen.join(",") !== Object.keys(attributes).sort().join(",")) throw new CheckFailedError(`the local SNS saw attributes [${seen.join(", ")}], not [${Object.keys(attributes).join(", ")}]`);
        text += `; local SNS saw Publish to ${record.target?.split(":").at(-1) ?? "?"} with attributes ${seen.join(", ")}`;
      }
      return text;
    },
  );
};

function fieldsOf(record: ReceivedRecord): Record<string, unknown> {
  return typeof record.input === "object" && record.input !== null ? (record.input as Record<string, unknown>) : {};
}

/** The attribute names of a Query-protocol Publish: `MessageAttributes.entry.N.Name`, sorted. */
function attributeNames(fields: Record<string, unknown>): string[] {
  return Object.entries(fields)
    .filter(([field]) => /^MessageAttributes\.entry\.\d+\.Name$/.test(field))
    .map(([, name]) => String(name))
    .sort();
}
