import { defineOperation, type Operation, PlaygroundClientBase, type RouteDescriptor } from "@apigw-playground/client";
import { CheckFailedError } from "../errors/CheckFailedError";
import { StepFailedError } from "../errors/StepFailedError";
import type { RunReporter } from "./reporter";
import type { StepResult } from "./results";
import { ScenarioSteps, successStatusOf } from "./ScenarioSteps";
import { startTestServer } from "../../test/helpers/startTestServer";
import { observeWire } from "./wireCapture";

// A real client calling a real server; the route is declared the way generated code declares one.
const getThingRoute = {
  operationId: "getThing",
  method: "GET",
  path: "/things/{id}",
  pathParams: [{ name: "id", greedy: false }],
  queryParams: [],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "404": { kind: "json" } },
  binaryMediaTypes: [],
} as const satisfies RouteDescriptor;

let server: Awaited<ReturnType<typeof startTestServer>>;
let client: PlaygroundClientBase;
let getThing: Operation<{ path: { id: string } }, { id: string }, { 404: { message: string } }>;
let stopObserving: () => void;
const finished: StepResult[] = [];
const reporter: RunReporter = { targetProgress() {}, targetReady() {}, stepStarted() {}, stepUpdated() {}, stepFinished: (result) => finished.push(result) };

beforeAll(async () => {
  server = await startTestServer((request, _body, response) => {
    const id = request.url?.split("/").at(-1) ?? "";
    if (id === "gone") {
      response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "Thing gone not found" }));
    } else if (id === "denied") {
      response.writeHead(403, { "content-type": "application/json", "x-amzn-errortype": "MissingAuthenticationTokenException" }).end(JSON.stringify({ message: "Missing Authentication Token" }));
    } else {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id }));
    }
  });
  client = new PlaygroundClientBase({ region: "us-east-1", endpoints: { things: `${server.url}/v1` }, credentials: { accessKeyId: "AKID", secretAccessKey: "secret" }, retry: { maxAttempts: 1 } });
  getThing = defineOperation(client, "things", getThingRoute);
  stopObserving = observeWire();
});

afterAll(async () => {
  stopObserving();
  await client.close();
  await server.close();
});

beforeEach(() => {
  finished.length = 0;
});

describe("ScenarioSteps", () => {
  it("records a passing call with the status observed on the wire and the route it called", async () => {
    const steps = new ScenarioSteps("things", reporter);
    const thing = await steps.call("get one", getThing, { path: { id: "a1" } }, (value) => `got ${value.id}`);
    expect(thing).toEqual({ id: "a1" });
    expect(steps.results).toEqual([
      { scenario: "things", template: "things", route: "getThing", method: "GET", path: "/things/{id}", step: "get one", status: 200, expectedStatus: 200, latencyMs: expect.any(Number), ok: true, detail: "got a1" },
    ]);
    expect(finished).toEqual(steps.results);
  });

  it("passes an expected route error and describes it", async () => {
    const steps = new ScenarioSteps("things", reporter);
    await steps.expectError("get a missing one", getThing, { path: { id: "gone" } }, { status: 404 }, (error) => `404 ${JSON.stringify(error.body)}`);
    expect(steps.results[0]).toMatchObject({ status: 404, expectedStatus: 404, ok: true, detail: '404 {"message":"Thing gone not found"}' });
  });

  it("fails a step whose check does not hold, and stops the scenario", async () => {
    const steps = new ScenarioSteps("things", reporter);
    const call = steps.call("get one", getThing, { path: { id: "a1" } }, () => {
      throw new CheckFailedError("not the thing that was stored");
    });
    await expect(call).rejects.toBeInstanceOf(StepFailedError);
    expect(steps.results[0]).toMatchObject({ status: 200, ok: false, detail: "not the thing that was stored" });
  });

  it("fails a step that expected an error but got an answer", async () => {
    const steps = new ScenarioSteps("things", reporter);
    await expect(steps.expectError("get a missing one", getThing, { path: { id: "a1" } }, { status: 404 }, () => "")).rejects.toBeInstanceOf(StepFailedError);
    expect(steps.results[0]).toMatchObject({ status: 200, expectedStatus: 404, ok: false, detail: 'expected an error, got a success: {"id":"a1"}' });
  });

  it("fails a step answered by API Gateway itself, naming the error type", async () => {
    const steps = new ScenarioSteps("things", reporter);
    await expect(steps.call("get one", getThing, { path: { id: "denied" } }, () => "")).rejects.toBeInstanceOf(StepFailedError);
    expect(steps.results[0]?.status).toBe(403);
    expect(steps.results[0]?.detail).toMatch(/^MissingAuthenticationTokenException: API Gateway answered 403/);
  });

  it("checks the error type API Gateway names when the step expects one", async () => {
    const steps = new ScenarioSteps("things", reporter);
    const call = steps.expectError("denied", getThing, { path: { id: "denied" } }, { status: 403, errorType: "InvalidSignatureException" }, () => "");
    await expect(call).rejects.toBeInstanceOf(StepFailedError);
    expect(steps.results[0]?.detail).toMatch(/^expected InvalidSignatureException, got MissingAuthenticationTokenException/);
  });

  it("records skipped steps as neither passed nor failed", () => {
    const steps = new ScenarioSteps("things", reporter);
    steps.skip("needs a key", getThing, "skipped on aws: pass --api-key");
    expect(steps.results[0]).toMatchObject({ skipped: true, ok: true, status: null, detail: "skipped on aws: pass --api-key" });
  });
});

describe("successStatusOf", () => {
  it("is the first declared 2xx, and 200 when none is declared", () => {
    expect(successStatusOf({ responses: { "204": { kind: "empty" }, "400": { kind: "json" } } })).toBe(204);
    expect(successStatusOf({ responses: { default: { kind: "json" } } })).toBe(200);
  });
});
