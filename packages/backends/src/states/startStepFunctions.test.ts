import type { Peers } from "../peers";
import { type SqsBackend, startSqs } from "../sqs/startSqs";
import { callJson } from "../testing/signedFetch";
import { type StepFunctionsBackend, startStepFunctions } from "./startStepFunctions";

let states: StepFunctionsBackend;
let sqs: SqsBackend;

beforeEach(async () => {
  const peers: Peers = {};
  [states, sqs] = await Promise.all([startStepFunctions({ peers, waitTimeScale: 0.01 }), startSqs()]);
  peers.sqs = sqs;
});

afterEach(async () => {
  await Promise.all([states.stop(), sqs.stop()]);
});

const roleArn = "arn:aws:iam::123456789012:role/StatesRole";
const call = (action: string, body: unknown = {}) => callJson(states.endpoint, { service: "states", target: `AWSStepFunctions.${action}`, body });

const passMachine = {
  StartAt: "Greet",
  States: {
    Greet: { Type: "Pass", Parameters: { "greeting.$": "States.Format('Hello, {}!', $.name)", "execution.$": "$$.Execution.Name" }, Next: "Wait" },
    Wait: { Type: "Wait", Seconds: 10, Next: "Done" },
    Done: { Type: "Succeed" },
  },
};

async function createMachine(name: string, definition: unknown = passMachine, type = "STANDARD"): Promise<string> {
  const { status, body } = await call("CreateStateMachine", { name, definition: JSON.stringify(definition), roleArn, type });
  expect(status).toBe(200);
  return body.stateMachineArn as string;
}

describe("state machines", () => {
  it("creates a state machine and describes it", async () => {
    const arn = await createMachine("hello");
    expect(arn).toBe("arn:aws:states:us-east-1:123456789012:stateMachine:hello");
    const { body } = await call("DescribeStateMachine", { stateMachineArn: arn });
    expect(body).toMatchObject({ stateMachineArn: arn, name: "hello", status: "ACTIVE", type: "STANDARD", roleArn, definition: JSON.stringify(passMachine) });
    expect(typeof body.creationDate).toBe("number");
  });

  it("is idempotent for the same definition and refuses a different one under the same name", async () => {
    const arn = await createMachine("hello");
    expect(await createMachine("hello")).toBe(arn);
    const { body } = await call("CreateStateMachine", { name: "hello", definition: JSON.stringify({ StartAt: "A", States: { A: { Type: "Succeed" } } }), roleArn });
    expect(body).toEqual({ __type: "com.amazonaws.swf.service.v2.model#StateMachineAlreadyExists", message: `State Machine Already Exists: '${arn}'` });
  });

  it("rejects an invalid definition with InvalidDefinition", async () => {
    const { status, body } = await call("CreateStateMachine", {
      name: "broken",
      definition: JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", Next: "B" } } }),
      roleArn,
    });
    expect(status).toBe(400);
    expect(body.__type).toBe("com.amazonaws.swf.service.v2.model#InvalidDefinition");
    expect(body.message).toMatch(/^Invalid State Machine Definition: '.*MISSING_TRANSITION_TARGET/s);
  });

  it("rejects an invalid name", async () => {
    const { body } = await call("CreateStateMachine", { name: "bad name", definition: JSON.stringify(passMachine), roleArn });
    expect(body).toEqual({ __type: "com.amazonaws.swf.service.v2.model#InvalidName", message: "Invalid Name: 'bad name'" });
  });

  it("lists and deletes state machines", async () => {
    const arn = await createMachine("hello");
    expect((await call("ListStateMachines")).body.stateMachines).toEqual([{ stateMachineArn: arn, name: "hello", type: "STANDARD", creationDate: expect.any(Number) }]);
    await call("DeleteStateMachine", { stateMachineArn: arn });
    expect((await call("DescribeStateMachine", { stateMachineArn: arn })).body.__type).toBe("com.amazonaws.swf.service.v2.model#StateMachineDoesNotExist");
  });
});

describe("executions", () => {
  it("runs an execution to SUCCEEDED with its output, using intrinsic functions and the context object", async () => {
    const arn = await createMachine("hello");
    const start = await call("StartExecution", { stateMachineArn: arn, name: "run-1", input: '{"name":"Ada"}' });
    expect(start.body).toEqual({ executionArn: "arn:aws:states:us-east-1:123456789012:execution:hello:run-1", startDate: expect.any(Number) });
    const running = await call("DescribeExecution", { executionArn: start.body.executionArn });
    expect(running.body.status).toBe("RUNNING");
    await states.waitForExecution(start.body.executionArn as string);
    const { body } = await call("DescribeExecution", { executionArn: start.body.executionArn });
    expect(body).toMatchObject({ status: "SUCCEEDED", name: "run-1", input: '{"name":"Ada"}', stateMachineArn: arn });
    expect(JSON.parse(body.output as string)).toEqual({ greeting: "Hello, Ada!", execution: "run-1" });
    expect(body.stopDate as number).toBeGreaterThanOrEqual(body.startDate as number);
  });

  it("names an execution with a UUID when no name is given", async () => {
    const arn = await createMachine("hello");
    const { body } = await call("StartExecution", { stateMachineArn: arn });
    expect(body.executionArn).toMatch(/:execution:hello:[0-9a-f-]{36}$/);
  });

  it("accepts the same name and input again while the execution runs, and refuses a different input", async () => {
    const arn = await createMachine("slow", { StartAt: "W", States: { W: { Type: "Wait", Seconds: 100, End: true } } });
    const first = await call("StartExecution", { stateMachineArn: arn, name: "once", input: "{}" });
    const again = await call("StartExecution", { stateMachineArn: arn, name: "once", input: "{}" });
    expect(again.body.executionArn).toBe(first.body.executionArn);
    const different = await call("StartExecution", { stateMachineArn: arn, name: "once", input: '{"x":1}' });
    expect(different.body).toEqual({
      __type: "com.amazonaws.swf.service.v2.model#ExecutionAlreadyExists",
      message: `Execution Already Exists: '${first.body.executionArn}'`,
    });
  });

  it("rejects input that is not JSON", async () => {
    const arn = await createMachine("hello");
    const { body } = await call("StartExecution", { stateMachineArn: arn, input: "{nope" });
    expect(body.__type).toBe("com.amazonaws.swf.service.v2.model#InvalidExecutionInput");
  });

  it("reports a Fail state's error and cause", async () => {
    const arn = await createMachine("failing", { StartAt: "F", States: { F: { Type: "Fail", Error: "OrderRejected", Cause: "out of stock" } } });
    const { body } = await call("StartExecution", { stateMachineArn: arn });
    await states.waitForExecution(body.executionArn as string);
    expect((await call("DescribeExecution", { executionArn: body.executionArn })).body).toMatchObject({ status: "FAILED", error: "OrderRejected", cause: "out of stock" });
  });

  it("branches with Choice and runs Map and Parallel states", async () => {
    const arn = await createMachine("shapes", {
      StartAt: "Kind",
      States: {
        Kind: { Type: "Choice", Choices: [{ Variable: "$.kind", StringEquals: "many", Next: "Each" }], Default: "Both" },
        Each: { Type: "Map", ItemsPath: "$.items", ItemProcessor: { StartAt: "Double", States: { Double: { Type: "Pass", Parameters: { "v.$": "States.MathAdd($, $)" }, End: true } } }, End: true },
        Both: { Type: "Parallel", Branches: [{ StartAt: "A", States: { A: { Type: "Pass", Result: 1, End: true } } }, { StartAt: "B", States: { B: { Type: "Pass", Result: 2, End: true } } }], End: true },
      },
    });
    const many = await call("StartExecution", { stateMachineArn: arn, input: '{"kind":"many","items":[1,2,3]}' });
    const both = await call("StartExecution", { stateMachineArn: arn, input: '{"kind":"one"}' });
    expect(JSON.parse((await states.waitForExecution(many.body.executionArn as string)).output ?? "null")).toEqual([{ v: 2 }, { v: 4 }, { v: 6 }]);
    expect(JSON.parse((await states.waitForExecution(both.body.executionArn as string)).output ?? "null")).toEqual([1, 2]);
  });

  it("stops a running execution as ABORTED with the given error and cause", async () => {
    const arn = await createMachine("slow", { StartAt: "W", States: { W: { Type: "Wait", Seconds: 1000, End: true } } });
    const { body } = await call("StartExecution", { stateMachineArn: arn });
    const stop = await call("StopExecution", { executionArn: body.executionArn, error: "Cancelled", cause: "by test" });
    expect(typeof stop.body.stopDate).toBe("number");
    expect((await states.waitForExecution(body.executionArn as string)).status).toBe("ABORTED");
    expect((await call("DescribeExecution", { executionArn: body.executionArn })).body).toMatchObject({ status: "ABORTED", error: "Cancelled", cause: "by test" });
  });

  it("lists executions newest first and filters by status", async () => {
    const arn = await createMachine("hello");
    const a = await call("StartExecution", { stateMachineArn: arn, name: "a", input: '{"name":"Ada"}' });
    await states.waitForExecution(a.body.executionArn as string);
    await call("StartExecution", { stateMachineArn: arn, name: "b", input: "{}" });
    const all = await call("ListExecutions", { stateMachineArn: arn });
    expect((all.body.executions as { name: string }[]).map((e) => e.name)).toEqual(["b", "a"]);
    const succeeded = await call("ListExecutions", { stateMachineArn: arn, statusFilter: "SUCCEEDED" });
    expect((succeeded.body.executions as { name: string }[]).map((e) => e.name)).toEqual(["a"]);
  });

  it("answers ExecutionDoesNotExist for an unknown execution", async () => {
    const executionArn = "arn:aws:states:us-east-1:123456789012:execution:hello:nope";
    const { status, body } = await call("DescribeExecution", { executionArn });
    expect(status).toBe(400);
    expect(body).toEqual({ __type: "com.amazonaws.swf.service.v2.model#ExecutionDoesNotExist", message: `Execution Does Not Exist: '${executionArn}'` });
  });

  it("gives a history that starts with ExecutionStarted and ends with the closing event", async () => {
    const arn = await createMachine("hello");
    const { body } = await call("StartExecution", { stateMachineArn: arn, input: '{"name":"Ada"}' });
    await states.waitForExecution(body.executionArn as string);
    const history = await call("GetExecutionHistory", { executionArn: body.executionArn });
    expect((history.body.events as { type: string }[]).map((e) => e.type)).toEqual(["ExecutionStarted", "ExecutionSucceeded"]);
  });
});

describe("Task states", () => {
  it("sends an SQS message through the sqs:sendMessage integration", async () => {
    const queue = await callJson(sqs.endpoint, { service: "sqs", target: "AmazonSQS.CreateQueue", body: { QueueName: "out" } });
    const arn = await createMachine("notify", {
      StartAt: "Send",
      States: {
        Send: {
          Type: "Task",
          Resource: "arn:aws:states:::sqs:sendMessage",
          Parameters: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/out", "MessageBody.$": "$" },
          End: true,
        },
      },
    });
    const { body } = await call("StartExecution", { stateMachineArn: arn, input: '{"order":1}' });
    const view = await states.waitForExecution(body.executionArn as string);
    expect(view.status).toBe("SUCCEEDED");
    expect(JSON.parse(view.output ?? "{}")).toEqual({ MessageId: expect.any(String), MD5OfMessageBody: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const received = await callJson(sqs.endpoint, { service: "sqs", target: "AmazonSQS.ReceiveMessage", body: { QueueUrl: queue.body.QueueUrl } });
    expect((received.body.Messages as { Body: string }[])[0]?.Body).toBe('{"order":1}');
  });

  it("fails a Task whose resource is not served locally with States.TaskFailed, which Catch can handle", async () => {
    const arn = await createMachine("lambda", {
      StartAt: "Call",
      States: {
        Call: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:f", Catch: [{ ErrorEquals: ["States.TaskFailed"], Next: "Handled" }], End: true },
        Handled: { Type: "Pass", Result: "caught", End: true },
      },
    });
    const { body } = await call("StartExecution", { stateMachineArn: arn });
    const view = await states.waitForExecution(body.executionArn as string);
    expect(view).toMatchObject({ status: "SUCCEEDED", output: '"caught"' });
  });
});

describe("EXPRESS state machines", () => {
  it("answers StartSyncExecution with the finished execution and billing details", async () => {
    const arn = await createMachine("quick", { StartAt: "P", States: { P: { Type: "Pass", Parameters: { "sum.$": "States.MathAdd($.a, $.b)" }, End: true } } }, "EXPRESS");
    const { status, body } = await call("StartSyncExecution", { stateMachineArn: arn, name: "s1", input: '{"a":1,"b":2}' });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      executionArn: expect.stringMatching(/^arn:aws:states:us-east-1:123456789012:express:quick:s1:[0-9a-f-]{36}$/),
      stateMachineArn: arn,
      name: "s1",
      status: "SUCCEEDED",
      input: '{"a":1,"b":2}',
      output: '{"sum":3}',
      billingDetails: { billedMemoryUsedInMB: 64, billedDurationInMilliseconds: expect.any(Number) },
    });
    expect(typeof body.startDate).toBe("number");
    expect(typeof body.stopDate).toBe("number");
  });

  it("reports a failed sync execution with error and cause", async () => {
    const arn = await createMachine("quickfail", { StartAt: "F", States: { F: { Type: "Fail", Error: "Nope", Cause: "because" } } }, "EXPRESS");
    const { body } = await call("StartSyncExecution", { stateMachineArn: arn });
    expect(body).toMatchObject({ status: "FAILED", error: "Nope", cause: "because" });
  });

  it("refuses StartSyncExecution on a STANDARD state machine", async () => {
    const arn = await createMachine("hello");
    const { body } = await call("StartSyncExecution", { stateMachineArn: arn });
    expect(body.__type).toBe("com.amazonaws.swf.service.v2.model#StateMachineTypeNotSupported");
  });
});
