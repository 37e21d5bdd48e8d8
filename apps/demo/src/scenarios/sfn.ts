import { randomUUID } from "node:crypto";
import { CheckFailedError } from "../errors/CheckFailedError";
import { pollUntil } from "../run/pollUntil";
import type { Scenario } from "./context";
import { messageOf } from "./messageOf";

/**
 * Step Functions: a STANDARD execution started, a synchronous EXPRESS execution whose output is
 * the response body, the STANDARD one seen RUNNING (the orders workflow has a 2 s Wait state), the
 * 404 of an unknown execution, and the STANDARD one followed with DescribeExecution to SUCCEEDED.
 */
export const sfnScenario: Scenario = async ({ client, steps, runId }) => {
  const { runSync, startExecution, describeExecution } = client.sfn;

  const items = [
    { sku: "book", amountCents: 2599 },
    { sku: "pen", amountCents: 250 },
  ];
  const total = items.reduce((sum, item) => sum + item.amountCents, 0);
  const started = await steps.call(
    "start an execution",
    startExecution,
    { body: { orderId: `order-${runId}`, customer: "Ada", items } },
    ({ executionId }) => `StartExecution started ${executionId} (STANDARD)`,
  );
  const executionId = started.executionId;

  // While the STANDARD execution sits in its Wait state, run the EXPRESS workflow synchronously.
  await steps.call("run synchronously", runSync, { body: { name: "Ada", text: "no lambda no glue just api gateway" } }, (output) => {
    if (output.wordCount !== 7 || output.uniqueWordCount !== 6) throw new CheckFailedError(`the EXPRESS workflow counted ${output.wordCount} words (${output.uniqueWordCount} unique), expected 7 (6)`);
    return `StartSyncExecution output: "${output.greeting}" (${output.wordCount} words, ${output.uniqueWordCount} unique)`;
  });

  await steps.call("describe it", describeExecution, { path: { executionId } }, (execution) => `DescribeExecution: ${execution.status}${execution.status === "RUNNING" ? " (the workflow waits 2 s)" : ""}`);

  await steps.expectError("describe an unknown one", describeExecution, { path: { executionId: randomUUID() } }, { status: 404 }, (error) => `404 ${messageOf(error.body)}`);

  await steps.run("follow to completion", describeExecution, 200, async (_exchanges, update) => {
    const polled = await pollUntil(
      async (attempt) => {
        const execution = await describeExecution({ path: { executionId } });
        update(`${execution.status}, poll ${attempt}`);
        return execution;
      },
      (execution) => execution.status !== "RUNNING",
      // Bounded at 250 ms: the end is noticed within a quarter second, at four calls a second at
      // most, well inside DescribeExecution's throttling quota (Step Functions service quotas).
      { firstDelayMs: 100, factor: 1.5, maxDelayMs: 250, timeoutMs: 60_000 },
    );
    const execution = polled.value;
    const seconds = (polled.elapsedMs / 1000).toFixed(1);
    if (!polled.done) throw new CheckFailedError(`still ${execution.status} after ${polled.attempts} polls (${seconds} s)`);
    if (execution.status !== "SUCCEEDED") throw new CheckFailedError(`the execution ended ${execution.status}: ${execution.error ?? ""} ${execution.cause ?? ""}`.trim());
    if (execution.output?.totalCents !== total) throw new CheckFailedError(`the workflow totalled ${execution.output?.totalCents} cents, expected ${total}`);
    return { value: execution, detail: `SUCCEEDED after ${polled.attempts} polls (${seconds} s): ${execution.output.summary}` };
  });
};
