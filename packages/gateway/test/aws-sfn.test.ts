import { type AwsStack, startAwsStack } from "./helpers/aws-stack";

// templates/sfn: StartExecution / DescribeExecution on the STANDARD orders workflow, and
// StartSyncExecution (the sync-states endpoint) on the EXPRESS greeting workflow.

let stack: AwsStack;
beforeAll(async () => {
  // The orders workflow waits 2 s; scaled down so the test waits for the execution, not the clock.
  stack = await startAwsStack("sfn", { services: ["states"], waitTimeScale: 0.001 });
});
afterAll(() => stack.stop());

const json = { "content-type": "application/json" };
const order = { orderId: "o-1", customer: 'Ann "the buyer" Ó', items: [{ sku: "pen", amountCents: 150 }, { sku: "ink", amountCents: 250 }] };

describe("templates/sfn against the local Step Functions", () => {
  it("starts an execution named after the API request id, then describes it once it has finished", async () => {
    const start = await stack.call("POST", "/executions", { headers: json, body: JSON.stringify(order) });
    expect(start.status).toBe(200);
    const started = start.json<{ executionArn: string; executionId: string; startDate: number }>();
    expect(started.executionId).toBe(start.headers["x-amzn-requestid"]);
    expect(typeof started.startDate).toBe("number");

    const finished = await stack.backends.backends.states!.waitForExecution(started.executionArn);
    expect(finished.status).toBe("SUCCEEDED");
    const described = await stack.call("GET", `/executions/${started.executionId}`);
    expect(described.status).toBe(200);
    expect(described.json()).toMatchObject({
      executionId: started.executionId,
      status: "SUCCEEDED",
      output: { orderId: "o-1", customer: order.customer, status: "ACCEPTED", lineCount: 2, totalCents: 400 },
    });
  });

  it("answers 404 for an execution that does not exist (ExecutionDoesNotExist, HTTP 400)", async () => {
    const res = await stack.call("GET", "/executions/no-such-execution");
    expect(res.status).toBe(404);
    expect(res.json()).toEqual({ message: "Execution no-such-execution not found" });
  });

  it("runs the express workflow synchronously and answers its output", async () => {
    const res = await stack.call("POST", "/sync", { headers: json, body: JSON.stringify({ name: "Zoë", text: "a b a" }) });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ greeting: "Hello, Zoë!", wordCount: 3, uniqueWordCount: 2, words: ["a", "b", "a"], summary: "Zoë sent 3 words (2 distinct)" });
    const received = await stack.backends.backends.states!.waitForReceived((r) => r.action === "StartSyncExecution");
    expect(received.status).toBe(200);
  });

  it("answers 500 with the Fail state's error and cause when the synchronous execution fails", async () => {
    const res = await stack.call("POST", "/sync", { headers: json, body: JSON.stringify({ name: "x", text: "" }) });
    expect(res.status).toBe(500);
    expect(res.json()).toEqual({ status: "FAILED", error: "NoWords", cause: "The text is empty." });
  });
});
