// Compile-time tests: `pnpm typecheck` (tsc over src and test) fails if a line marked
// with an expect-error directive compiles, or if a type assertion does not hold.
// Nothing here runs.
import type { BinaryResult } from "../../src/runtime/contract";
import { isRouteError } from "../../src/runtime/defineOperation";
import type { Item, ItemList, NotFound, Stored } from "../fixtures/fixtureOperations";
import { FixtureClient } from "../helpers/fixtureClient";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(_proof?: T) => {};

export async function resultsAreTyped(client: InstanceType<typeof FixtureClient>) {
  const item = await client.fixture.getItem({ path: { id: "1" } });
  expectType<Equal<typeof item, Item>>();
  const list = await client.fixture.listItems();
  expectType<Equal<typeof list, ItemList>>();
  const object = await client.fixture.getObject({ path: { key: "a/b.png" } });
  expectType<Equal<typeof object, BinaryResult>>();
  expectType<Equal<typeof object.body, Uint8Array>>();
  const stored = await client.fixture.putObject({ path: { key: "k" }, body: Buffer.from("x") });
  expectType<Equal<typeof stored, Stored>>();
  const deleted = await client.fixture.deleteItem({ path: { id: "1" } });
  expectType<Equal<typeof deleted, undefined>>();
}

export async function wrongInputsDoNotCompile(client: InstanceType<typeof FixtureClient>) {
  // @ts-expect-error the path parameter is required
  await client.fixture.getItem({});
  // @ts-expect-error the input itself is required when a field is
  await client.fixture.getItem();
  // @ts-expect-error the parameter is `id`, not `key`
  await client.fixture.getItem({ path: { key: "1" } });
  // @ts-expect-error `id` is a string
  await client.fixture.getItem({ path: { id: true } });
  // @ts-expect-error putItem needs a body
  await client.fixture.putItem({ path: { id: "1" } });
  // @ts-expect-error the body must be a NewItem
  await client.fixture.putItem({ path: { id: "1" }, body: { title: "x" } });
  // @ts-expect-error a binary route takes bytes or a stream, not an object
  await client.fixture.putObject({ path: { key: "k" }, body: { bytes: [1] } });
  // @ts-expect-error only the declared binary content types
  await client.fixture.putObject({ path: { key: "k" }, body: new Uint8Array(), contentType: "text/plain" });
  // @ts-expect-error no such query parameter
  await client.fixture.listItems({ query: { page: 2 } });
  // @ts-expect-error tags are strings
  await client.fixture.listItems({ query: { tag: [1, 2] } });
  // @ts-expect-error an ANY route needs the method
  await client.fixture.echoAny({});
  // @ts-expect-error not a call option
  await client.fixture.getItem({ path: { id: "1" } }, { timout: 5 });
}

export function unknownNamesDoNotCompile(client: InstanceType<typeof FixtureClient>) {
  // @ts-expect-error no such template in the registry
  void client.dynamodb;
  // @ts-expect-error no such operation in the template
  void client.fixture.scanItems;
  // @ts-expect-error endpoints are keyed by the registry's templates
  void new FixtureClient({ region: "us-east-1", endpoints: { s3: "http://127.0.0.1:1/v1" } });
  // @ts-expect-error the region is required
  void new FixtureClient({ endpoints: { fixture: "http://127.0.0.1:1/v1" } });
}

export function routeErrorsNarrow(client: InstanceType<typeof FixtureClient>, error: unknown) {
  if (isRouteError(error, client.fixture.getItem, 404)) {
    expectType<Equal<typeof error.body, NotFound>>();
    expectType<Equal<typeof error.status, 404>>();
  }
  // @ts-expect-error getItem declares no 500 body
  isRouteError(error, client.fixture.getItem, 500);
  // @ts-expect-error putItem declares no error bodies at all
  isRouteError(error, client.fixture.putItem, 404);
}
