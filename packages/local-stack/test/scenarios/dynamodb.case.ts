import { randomUUID } from "node:crypto";
import { callApi } from "../helpers/callApi";
import { ADVERSARIAL, ADVERSARIAL_ALL } from "./adversarial";
import { itAsAws, type ScenarioContext } from "./context";

interface Item {
  id: string;
  owner: string;
  title: string;
  note?: string;
  tags?: string[];
  count?: number;
  done?: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The dynamodb template through the stack: UpdateItem/GetItem/DeleteItem/Query round trips. */
export function dynamodbScenarios(ctx: ScenarioContext): void {
  describe(`dynamodb template (${ctx.backend})`, () => {
    const put = (id: string, body: unknown) =>
      callApi(ctx.stack(), "dynamodb", `/items/${encodeURIComponent(id)}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const get = (id: string) => callApi(ctx.stack(), "dynamodb", `/items/${encodeURIComponent(id)}`);

    it("stores every field exactly as sent, adversarial strings included, and reads it back", async () => {
      const id = `item ${randomUUID()} ü $#"}`;
      const input = { owner: ADVERSARIAL[0], title: ADVERSARIAL.slice(0, 3).join(" | "), note: ADVERSARIAL_ALL, tags: ADVERSARIAL.map((s) => [...s].slice(0, 60).join("")), count: -42, done: true };
      const stored = await put(id, input);
      expect(stored.status).toBe(200);
      const item = stored.json<Item>();
      expect(item).toEqual({ id, ...input, createdAt: expect.stringMatching(/^\d+$/), updatedAt: item.createdAt });

      const read = await get(id);
      expect(read.status).toBe(200);
      expect(read.json<Item>()).toEqual(item);
    });

    it("replaces the item on a second PUT, keeping createdAt and removing absent optional fields", async () => {
      const id = randomUUID();
      const first = (await put(id, { owner: "o", title: "first", note: "n", tags: ["t"], count: 1, done: false })).json<Item>();
      const second = await put(id, { owner: "o", title: "second" });
      expect(second.status).toBe(200);
      expect(second.json<Item>()).toEqual({ id, owner: "o", title: "second", createdAt: first.createdAt, updatedAt: expect.stringMatching(/^\d+$/) });
    });

    it("lists an owner's items through the byOwner index, newest first, honouring limit", async () => {
      const owner = `owner "${randomUUID()}" ü`;
      for (const title of ["one", "two", "three"]) expect((await put(randomUUID(), { owner, title })).status).toBe(200);
      const list = await callApi(ctx.stack(), "dynamodb", `/owners/${encodeURIComponent(owner)}/items`);
      expect(list.status).toBe(200);
      const { items, count } = list.json<{ items: Item[]; count: number }>();
      expect(count).toBe(3);
      expect(items.map((i) => i.title).sort()).toEqual(["one", "three", "two"]);
      expect(items.every((i) => i.owner === owner)).toBe(true);
      const created = items.map((i) => Number(i.createdAt));
      expect(created).toEqual([...created].sort((a, b) => b - a));

      const limited = await callApi(ctx.stack(), "dynamodb", `/owners/${encodeURIComponent(owner)}/items?limit=1`);
      expect(limited.json<{ count: number }>().count).toBe(1);
    });

    itAsAws(ctx, "dynamodb-accepts-limit-zero", "answers 400 with DynamoDB's own message when the limit is not 1-100", async () => {
      const res = await callApi(ctx.stack(), "dynamodb", `/owners/someone/items?limit=abc`);
      expect(res.status).toBe(400);
      expect(res.json<{ message: string }>().message).toMatch(/limit/i);
    });

    it("deletes an item, returning it, and answers 404 for it afterwards", async () => {
      const id = randomUUID();
      const stored = (await put(id, { owner: "o", title: "to delete" })).json<Item>();
      const deleted = await callApi(ctx.stack(), "dynamodb", `/items/${id}`, { method: "DELETE" });
      expect(deleted.status).toBe(200);
      expect(deleted.json<Item>()).toEqual(stored);
      const missing = await get(id);
      expect(missing.status).toBe(404);
      expect(missing.json()).toEqual({ message: `Item ${id} not found` });
      expect((await callApi(ctx.stack(), "dynamodb", `/items/${id}`, { method: "DELETE" })).status).toBe(404);
    });
  });
}
