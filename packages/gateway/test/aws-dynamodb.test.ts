import { jsonCall } from "./helpers/aws-call";
import { type AwsStack, startAwsStack } from "./helpers/aws-stack";

// templates/dynamodb served against the local DynamoDB (dynalite), resources created beforehand.

let stack: AwsStack;
let table: string;
beforeAll(async () => {
  stack = await startAwsStack("dynamodb", { services: ["dynamodb"] });
  table = stack.template.resources.Table!.physicalId;
});
afterAll(() => stack.stop());

const json = { "content-type": "application/json" };

describe("templates/dynamodb against the local DynamoDB", () => {
  it("stores an item with UpdateItem and answers the stored item", async () => {
    const res = await stack.call("PUT", "/items/first", { headers: json, body: JSON.stringify({ owner: "ana", title: "Buy milk", tags: ["home"], count: 2, done: false }) });
    expect(res.status).toBe(200);
    const item = res.json<Record<string, unknown>>();
    expect(item).toMatchObject({ id: "first", owner: "ana", title: "Buy milk", tags: ["home"], count: 2, done: false });
    expect(item.createdAt).toMatch(/^\d+$/);
    const received = await stack.backends.backends.dynamodb!.waitForReceived((r) => r.action === "UpdateItem");
    expect(received.target).toBe(table);
    expect(received.status).toBe(200);
  });

  it("reads an item back with GetItem", async () => {
    await stack.call("PUT", "/items/read-me", { headers: json, body: JSON.stringify({ owner: "bo", title: "Read me" }) });
    const res = await stack.call("GET", "/items/read-me");
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ id: "read-me", owner: "bo", title: "Read me" });
  });

  it("answers 404 for an id no item has (GetItem's empty answer, mapped by responseOverride)", async () => {
    const res = await stack.call("GET", "/items/nobody-here");
    expect(res.status).toBe(404);
    expect(res.json()).toEqual({ message: "Item nobody-here not found" });
  });

  it("lists an owner's items newest first through the byOwner index (Query)", async () => {
    for (const id of ["q1", "q2", "q3"]) {
      await stack.call("PUT", `/items/${id}`, { headers: json, body: JSON.stringify({ owner: "quinn", title: `title ${id}` }) });
    }
    const res = await stack.call("GET", "/owners/quinn/items");
    expect(res.status).toBe(200);
    const list = res.json<{ items: { id: string; createdAt: string }[]; count: number }>();
    expect(list.count).toBe(3);
    expect(list.items.map((i) => i.id).sort()).toEqual(["q1", "q2", "q3"]);
    const created = list.items.map((i) => Number(i.createdAt));
    expect([...created].sort((a, b) => b - a)).toEqual(created);
  });

  it("maps DynamoDB's ValidationException (HTTP 400) through the 4\\d{2} integration response", async () => {
    const res = await stack.call("GET", "/owners/quinn/items?limit=abc");
    expect(res.status).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/limit/i);
  });

  it("deletes an item and answers 404 for the second delete", async () => {
    await stack.call("PUT", "/items/gone", { headers: json, body: JSON.stringify({ owner: "dee", title: "Gone soon" }) });
    expect((await stack.call("DELETE", "/items/gone")).status).toBe(200);
    expect((await stack.call("DELETE", "/items/gone")).status).toBe(404);
  });

  const adversarial = ['quote " and \\ backslash', "new\nline\ttab", "unicode é ü 中文 🎉", "$dollar #hash ${x} $!y", '"} , {"injected": "x', "'single' \u0001 control"];
  for (const [index, title] of adversarial.entries()) {
    it(`stores ${JSON.stringify(title)} exactly as sent`, async () => {
      const id = `adv-${index} "quoted"/slash`;
      const path = `/items/${encodeURIComponent(id)}`;
      const put = await stack.call("PUT", path, { headers: json, body: JSON.stringify({ owner: "mallory", title, note: title, tags: [title] }) });
      expect(put.status).toBe(200);
      expect(put.json()).toMatchObject({ id, title, note: title, tags: [title] });
      const stored = await jsonCall(stack.backends.endpoints.dynamodb!, "dynamodb", "DynamoDB_20120810.GetItem", { TableName: table, Key: { id: { S: id } } });
      expect(stored.Item).toMatchObject({ id: { S: id }, title: { S: title }, note: { S: title }, tags: { L: [{ S: title }] } });
    });
  }
});
