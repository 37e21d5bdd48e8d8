// Compile-time tests of the REAL generated client (src/generated/, from templates/*/template.yaml
// by packages/codegen): `pnpm typecheck` fails if a line marked with an expect-error directive
// compiles, or if a type assertion does not hold. Nothing here runs.
import type { Item, ItemList } from "../../src/generated/dynamodb";
import type { Execution, ExecutionFailure } from "../../src/generated/sfn";
import { type BinaryResult, isRouteError, PlaygroundClient } from "../../src/index";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(_proof?: T) => {};

export async function correctCallsCompile(client: PlaygroundClient) {
  const item = await client.dynamodb.putItem({ path: { id: "1" }, body: { owner: "ada", title: "Notes", tags: ["a"], count: 2, done: false } });
  expectType<Equal<typeof item, Item>>();
  expectType<Equal<typeof item.createdAt, string>>();
  expectType<Equal<Awaited<ReturnType<typeof client.dynamodb.getItem>>, Item>>();
  const list = await client.dynamodb.listItemsByOwner({ path: { owner: "ada" }, query: { limit: 10 } });
  expectType<Equal<typeof list, ItemList>>();
  expectType<Equal<typeof list.items, Item[]>>();
  await client.dynamodb.listItemsByOwner({ path: { owner: "ada" } });

  const stored = await client.s3.putObject({ path: { key: "a/b.png" }, headers: { "Content-Type": "image/png" }, body: Buffer.from("x") });
  expectType<Equal<typeof stored.key, string>>();
  const object = await client.s3.getObject({ path: { key: "a/b.png" } });
  expectType<Equal<typeof object, BinaryResult>>();
  expectType<Equal<Awaited<ReturnType<typeof client.s3.deleteObject>>, undefined>>();
  await client.s3.listObjects();
  await client.s3.listObjects({ query: { prefix: "a/" } });

  await client.events.putEvent({ body: { detailType: "OrderPlaced", detail: { orderId: "o-1", lines: [1, 2] } } });
  const deliveries = await client.events.listDeliveries();
  expectType<Equal<typeof deliveries.deliveries[number]["event"], Record<string, unknown>>>();

  await client.sns.publishMessage({ body: { message: "hi", attributes: { kind: "greeting" } } });
  const started = await client.sfn.startExecution({ body: { orderId: "o-1", customer: "ada", items: [{ sku: "s", amountCents: 100 }] } });
  const execution = await client.sfn.describeExecution({ path: { executionId: started.executionId } });
  expectType<Equal<typeof execution, Execution>>();
  expectType<Equal<typeof execution.status, "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED" | "PENDING_REDRIVE">>();
  await client.sfn.runSync({ body: { name: "ada", text: "hello world" } });

  const hello = await client.mock.getHello();
  expectType<Equal<typeof hello.integration, "MOCK">>();
  await client.mock.chooseStatus({ query: { status: 418 } });
  await client.mock.getPremium(undefined, { apiKey: "k" });

  await client.http.createGreeting({ body: { name: "ada", language: "fr" } });
  const proxied = await client.http.proxy({ method: "GET", path: { proxy: "anything/x" }, query: { q: "1" } });
  expectType<Equal<typeof proxied, BinaryResult>>();
  await client.vpclink.callPrivate({ method: "POST", path: { proxy: "echo" }, body: Buffer.from("{}"), contentType: "application/json" });
  const echo = await client.vpclink.pingPrivate();
  expectType<Equal<typeof echo.headers, Record<string, string>>>();
}

export async function wrongInputsDoNotCompile(client: PlaygroundClient) {
  // @ts-expect-error the path parameter id is required
  await client.dynamodb.getItem({ path: {} });
  // @ts-expect-error the input is required: the route has a path parameter
  await client.dynamodb.getItem();
  // @ts-expect-error title is a string
  await client.dynamodb.putItem({ path: { id: "1" }, body: { owner: "ada", title: 42 } });
  // @ts-expect-error owner is required
  await client.dynamodb.putItem({ path: { id: "1" }, body: { title: "t" } });
  // @ts-expect-error ItemInput is closed (additionalProperties: false): no unknown fields
  await client.dynamodb.putItem({ path: { id: "1" }, body: { owner: "ada", title: "t", colour: "red" } });
  // @ts-expect-error putItem needs a body
  await client.dynamodb.putItem({ path: { id: "1" } });
  // @ts-expect-error limit is an integer
  await client.dynamodb.listItemsByOwner({ path: { owner: "ada" }, query: { limit: "10" } });
  // @ts-expect-error no such query parameter
  await client.dynamodb.listItemsByOwner({ path: { owner: "ada" }, query: { page: 2 } });

  // @ts-expect-error a binary route takes bytes or a stream, not a number
  await client.s3.putObject({ path: { key: "k" }, headers: { "Content-Type": "image/png" }, body: 42 });
  // @ts-expect-error putObject needs its Content-Type header
  await client.s3.putObject({ path: { key: "k" }, body: Buffer.from("x") });

  // @ts-expect-error language is one of en, es, fr, de
  await client.http.createGreeting({ body: { name: "ada", language: "it" } });
  // @ts-expect-error an ANY route needs the method
  await client.http.proxy({ path: { proxy: "get" } });
  // @ts-expect-error status is an integer query parameter
  await client.mock.chooseStatus({ query: { status: "418" } });
  // @ts-expect-error chooseStatus needs its status
  await client.mock.chooseStatus();
  // @ts-expect-error the SNS attributes are strings
  await client.sns.publishMessage({ body: { message: "hi", attributes: { n: 1 } } });
  // @ts-expect-error an order's items need their amount
  await client.sfn.startExecution({ body: { orderId: "o", customer: "c", items: [{ sku: "s" }] } });
}

export async function unknownPropertiesDoNotCompile(client: PlaygroundClient) {
  const item = await client.dynamodb.getItem({ path: { id: "1" } });
  // @ts-expect-error Item has no such property
  void item.colour;
  const started = await client.sfn.startExecution({ body: { orderId: "o", customer: "c", items: [] } });
  // @ts-expect-error ExecutionStarted has executionId, not id
  void started.id;
  const object = await client.s3.getObject({ path: { key: "k" } });
  // @ts-expect-error a binary result has body and contentType only
  void object.etag;
  // @ts-expect-error no such operation in the template
  void client.dynamodb.scanItems;
  // @ts-expect-error no such template
  void client.lambda;
}

export function routeErrorsNarrow(client: PlaygroundClient, error: unknown) {
  if (isRouteError(error, client.sfn.runSync, 500)) {
    expectType<Equal<typeof error.body, ExecutionFailure>>();
    expectType<Equal<typeof error.body.status, "FAILED" | "TIMED_OUT" | "ABORTED">>();
  }
  if (isRouteError(error, client.dynamodb.getItem, 404)) expectType<Equal<typeof error.body.message, string>>();
  // @ts-expect-error getItem declares no 409
  isRouteError(error, client.dynamodb.getItem, 409);
  // @ts-expect-error getHello declares no error bodies
  isRouteError(error, client.mock.getHello, 500);
}

export function endpointsAreKeyedByTemplate() {
  void new PlaygroundClient({ region: "us-east-1", endpoints: { dynamodb: "http://127.0.0.1:1/v1", s3: "http://127.0.0.1:2/v1" } });
  // @ts-expect-error endpoints are keyed by the registry's templates
  void new PlaygroundClient({ region: "us-east-1", endpoints: { lambda: "http://127.0.0.1:1/v1" } });
}

export function modelsAreExportedPerTemplate() {
  // The package root exports each template's models as a type-only namespace.
  expectType<Equal<import("../../src/index").dynamodb.Item, Item>>();
  expectType<Equal<import("../../src/index").sfn.Execution, Execution>>();
  // @ts-expect-error models live under their template's namespace
  type _NoFlatItem = import("../../src/index").Item;
}
