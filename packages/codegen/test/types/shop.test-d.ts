// Compile-time tests of the type mapping, on the generated fixture module: `pnpm typecheck`
// (tsc over src and test) fails if a line marked with an expect-error directive compiles, or
// if a type assertion does not hold. Nothing here runs.
import { type BinaryResult, definePlaygroundClient, isRouteError } from "@apigw-playground/client";
import { templates } from "../fixtures/generated/index";
import type {
  Card,
  Category,
  CreateNoteBody,
  CreatePaymentOutput,
  Discounted,
  ErrorModel,
  GetPremiumOutput,
  Labels,
  Payment,
  Product,
  ProductList,
  PutProductNotFound,
} from "../fixtures/generated/shop";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(_proof?: T) => {};

const ShopClient = definePlaygroundClient(templates);
type Client = InstanceType<typeof ShopClient>;

export async function resultsAreTyped(client: Client) {
  expectType<Equal<Awaited<ReturnType<Client["shop"]["getProduct"]>>, Product>>();
  expectType<Equal<Awaited<ReturnType<Client["shop"]["listProducts"]>>, ProductList>>();
  expectType<Equal<Awaited<ReturnType<Client["shop"]["createPayment"]>>, CreatePaymentOutput>>();
  expectType<Equal<Awaited<ReturnType<Client["shop"]["deleteProduct"]>>, undefined>>();
  expectType<Equal<Awaited<ReturnType<Client["shop"]["getImage"]>>, BinaryResult>>();
  expectType<Equal<Awaited<ReturnType<Client["shop"]["createNote"]>>, string>>();
  expectType<Equal<Awaited<ReturnType<Client["shop"]["getHealth"]>>, unknown>>();
  expectType<Equal<Awaited<ReturnType<Client["shop"]["listDeals"]>>, Discounted[]>>();

  const product = await client.shop.getProduct({ path: { productId: "p" } });
  expectType<Equal<typeof product.status, "draft" | "live" | "retired">>();
  expectType<Equal<typeof product.discount, number | null | undefined>>();
  expectType<Equal<typeof product.dimensions, [number, number, number] | undefined>>();
  expectType<Equal<typeof product.attributes, Record<string, string> | undefined>>();
  expectType<Equal<typeof product.metadata, Record<string, unknown> | undefined>>();
  expectType<Equal<typeof product.labels, Labels | undefined>>();
  expectType<Equal<typeof product.category, Category | undefined>>();
  expectType<Equal<(typeof product)["display-name"], string | undefined>>();
  // @ts-expect-error Product is closed (additionalProperties: false)
  void product.colour;

  const list = await client.shop.listProducts();
  expectType<Equal<typeof list.items, Product[]>>();
  expectType<Equal<NonNullable<typeof list.counts>["anything"], number | undefined>>();

  const premium = await client.shop.getPremium();
  expectType<Equal<typeof premium, GetPremiumOutput>>();
  expectType<Equal<typeof premium.expires, string | null | undefined>>();
  expectType<Equal<typeof premium.quota, number | null | undefined>>();

  const tree = await client.shop.getCategoryTree({ path: { depth: 1 } });
  expectType<Equal<typeof tree.children, Category[] | undefined>>();

  const deal = (await client.shop.listDeals())[0]!;
  expectType<Equal<typeof deal.was, number>>();
  expectType<Equal<typeof deal.price, number>>();
}

export async function inputsAreTyped(client: Client, payment: Payment, card: Card) {
  expectType<Equal<Payment, Card | import("../fixtures/generated/shop").Transfer>>();
  await client.shop.createPayment({ body: payment });
  await client.shop.createPayment({ body: card });
  await client.shop.createPayment({ body: { method: "transfer", iban: "DE00" } });
  // @ts-expect-error a card payment needs its token, not an iban
  await client.shop.createPayment({ body: { method: "card", iban: "DE00" } });

  await client.shop.putProduct({ path: { productId: "p" }, headers: { "If-Match": "*", "X-Dry-Run": "true" }, body: { name: "n", price: 1 } });
  // @ts-expect-error a boolean header travels as the text "true" or "false"
  await client.shop.putProduct({ path: { productId: "p" }, headers: { "If-Match": "*", "X-Dry-Run": true }, body: { name: "n", price: 1 } });
  // @ts-expect-error If-Match is a required header
  await client.shop.putProduct({ path: { productId: "p" }, headers: {}, body: { name: "n", price: 1 } });
  // @ts-expect-error the status must be one of the enum's values
  await client.shop.putProduct({ path: { productId: "p" }, headers: { "If-Match": "*" }, body: { name: "n", price: 1, status: "sold" } });
  // @ts-expect-error NewProduct is closed: no unknown fields
  await client.shop.putProduct({ path: { productId: "p" }, headers: { "If-Match": "*" }, body: { name: "n", price: 1, colour: "red" } });

  await client.shop.listProducts({ query: { limit: 10, tag: ["a"], sort: "price", inStock: false } });
  // @ts-expect-error sort is "price" or "name"
  await client.shop.listProducts({ query: { sort: "date" } });
  // @ts-expect-error limit is an integer
  await client.shop.listProducts({ query: { limit: "10" } });

  // @ts-expect-error depth is an integer path parameter
  await client.shop.getCategoryTree({ path: { depth: "2" } });

  await client.shop.putImage({ path: { key: "k" }, body: new Uint8Array(1), contentType: "image/png" });
  // @ts-expect-error only the declared binary media types
  await client.shop.putImage({ path: { key: "k" }, body: new Uint8Array(1), contentType: "image/gif" });
  // @ts-expect-error a binary body is bytes or a stream
  await client.shop.putImage({ path: { key: "k" }, body: "text" });

  // An open body (additionalProperties: true) takes extra fields; the body itself is optional.
  const note: CreateNoteBody = { text: "hi", mood: "good", labels: { a: "b" } };
  await client.shop.createNote({ body: note });
  await client.shop.createNote();
  // @ts-expect-error text is still required
  await client.shop.createNote({ body: { mood: "good" } });

  await client.shop.echo({ method: "PATCH", path: { proxy: "a/b" }, query: { x: [1, 2] } });
  // @ts-expect-error an ANY route needs the method
  await client.shop.echo({ path: { proxy: "a/b" } });
}

export function errorsNarrow(client: Client, error: unknown) {
  if (isRouteError(error, client.shop.putProduct, 404)) expectType<Equal<typeof error.body, PutProductNotFound>>();
  if (isRouteError(error, client.shop.putProduct, 409)) expectType<Equal<typeof error.body, ErrorModel>>();
  if (isRouteError(error, client.shop.getImage, 404)) expectType<Equal<typeof error.body, undefined>>();
  // @ts-expect-error getProduct declares no 409
  isRouteError(error, client.shop.getProduct, 409);
  // @ts-expect-error getPremium declares no error bodies
  isRouteError(error, client.shop.getPremium, 400);
}
