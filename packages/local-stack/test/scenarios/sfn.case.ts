import { randomUUID } from "node:crypto";
import { callApi } from "../helpers/callApi";
import { adversarialPrefix } from "./adversarial";
import type { ScenarioContext } from "./context";

interface Execution {
  status: string;
  executionId: string;
  startDate: number;
  stopDate?: number;
  output?: Record<string, unknown>;
  error?: string;
  cause?: string;
}

/**
 * The sfn template through the stack: StartSyncExecution (EXPRESS), StartExecution and
 * DescribeExecution (STANDARD). Runs against the embedded Step Functions backend, whose
 * `waitForExecution` tells when an execution has finished.
 */
export function sfnScenarios(ctx: ScenarioContext): void {
  describe(`sfn template (${ctx.backend})`, () => {
    const post = (path: string, body: unknown) => callApi(ctx.stack(), "sfn", path, { headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const describeExecution = async (executionId: string) => (await callApi(ctx.stack(), "sfn", `/executions/${encodeURIComponent(executionId)}`)).json<Execution>();
    const finished = (executionArn: string) => ctx.stack().backends!.backends.states!.waitForExecution(executionArn, 10_000);

    it("answers a synchronous execution with the workflow's output, the input kept exactly", async () => {
      // Every adversarial character but the backslash: see the next test.
      const name = adversarialPrefix(120).replaceAll("\\", "/");
      const res = await post("/sync", { name, text: "to be or not to be" });
      expect(res.status).toBe(200);
      expect(res.json()).toEqual({
        greeting: `Hello, ${name}!`,
        wordCount: 6,
        uniqueWordCount: 4,
        words: ["to", "be", "or", "not", "to", "be"],
        summary: `${name} sent 6 words (4 distinct)`,
      });
    });

    // aws-local-stepfunctions 3.0.0 removes every backslash from an intrinsic function's result
    // (BaseIntrinsicFunction.call: result.replaceAll("\\", "")), also from values taken from the
    // input; Step Functions unescapes only the function's own string literals. Marked failing so
    // that it turns red when the engine is fixed — then make it a plain test.
    it.failing("keeps a backslash of the input in States.Format's result (engine bug: stripped)", async () => {
      const res = await post("/sync", { name: "back\\slash", text: "x" });
      expect(res.json()).toMatchObject({ greeting: "Hello, back\\slash!" });
    });

    it("answers 500 with the error and cause of a failed synchronous execution", async () => {
      const res = await post("/sync", { name: "x", text: "" });
      expect(res.status).toBe(500);
      expect(res.json()).toEqual({ status: "FAILED", error: "NoWords", cause: "The text is empty." });
    });

    it("starts an execution, describes it RUNNING, and follows it to its output", async () => {
      const order = { orderId: `order-${randomUUID()}`, customer: adversarialPrefix(120), items: [{ sku: 'sku "1"', amountCents: 250 }, { sku: "sku-2", amountCents: 1000 }] };
      const started = await post("/executions", order);
      expect(started.status).toBe(200);
      const { executionArn, executionId, startDate } = started.json<{ executionArn: string; executionId: string; startDate: number }>();
      expect(executionArn.endsWith(`:${executionId}`)).toBe(true);
      expect(typeof startDate).toBe("number");

      // The workflow waits 2 s before accepting, so it is still running when first described.
      expect(await describeExecution(executionId)).toMatchObject({ status: "RUNNING", executionId });

      await finished(executionArn);
      const done = await describeExecution(executionId);
      expect(done.status).toBe("SUCCEEDED");
      expect(done.output).toEqual({
        orderId: order.orderId,
        customer: order.customer,
        status: "ACCEPTED",
        lineCount: 2,
        totalCents: 1250,
        lines: ['sku "1": 250 cents', "sku-2: 1000 cents"],
        // States.Format drops the backslashes (see the failing test above); customer itself is exact.
        summary: `Order ${order.orderId} for ${order.customer.replaceAll("\\", "")}: 2 lines, 1250 cents`,
      });
      expect(done.stopDate).toBeGreaterThanOrEqual(done.startDate);
    });

    it("reports a failed execution's error and cause", async () => {
      const started = await post("/executions", { orderId: "big", customer: "c", items: [{ sku: "s", amountCents: 100_000_000 }] });
      const { executionArn, executionId } = started.json<{ executionArn: string; executionId: string }>();
      await finished(executionArn);
      expect(await describeExecution(executionId)).toMatchObject({ status: "FAILED", error: "OrderTooLarge", cause: "Orders over 1000000 cents need a human." });
    });

    it("answers 404 for an execution that does not exist", async () => {
      const res = await callApi(ctx.stack(), "sfn", `/executions/${randomUUID()}`);
      expect(res.status).toBe(404);
    });
  });
}
