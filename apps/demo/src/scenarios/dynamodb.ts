import { CheckFailedError } from "../errors/CheckFailedError";
import type { Scenario } from "./context";
import { messageOf } from "./messageOf";

/**
 * DynamoDB through UpdateItem, GetItem, Query (on the byOwner index) and DeleteItem: two items
 * for one owner, read back, listed newest first, deleted, and the 404 of a deleted item.
 */
export const dynamodbScenario: Scenario = async ({ client, steps, runId }) => {
  const { putItem, getItem, listItemsByOwner, deleteItem } = client.dynamodb;
  const owner = `owner-${runId}`;
  const first = `item-${runId}-1`;
  const second = `item-${runId}-2`;

  const stored = await steps.call(
    "put an item",
    putItem,
    { path: { id: first }, body: { owner, title: "Try direct integrations", tags: ["apigw", "dynamodb"], count: 1, done: false } },
    (item) => `UpdateItem stored ${item.id} for ${item.owner} (createdAt ${item.createdAt})`,
  );
  await steps.call(
    "put a second item",
    putItem,
    { path: { id: second }, body: { owner, title: "Delete the first one", note: "written second, listed first" } },
    (item) => `stored ${item.id}; absent optional fields are removed, as PutItem would`,
  );
  await steps.call("get it back", getItem, { path: { id: first } }, (item) => {
    if (item.title !== stored.title || item.owner !== owner || item.tags?.join(",") !== "apigw,dynamodb") {
      throw new CheckFailedError(`GetItem returned ${JSON.stringify(item)}, not what was stored`);
    }
    return `GetItem (consistent read) returned ${item.id} as stored`;
  });
  await steps.call("list by owner", listItemsByOwner, { path: { owner }, query: { limit: 10 } }, (list) => {
    const ids = list.items.map((item) => item.id);
    if (list.count !== 2 || ids.join(",") !== `${second},${first}`) throw new CheckFailedError(`Query on byOwner returned [${ids.join(", ")}], expected [${second}, ${first}]`);
    return `Query on the byOwner index: ${list.count} items, newest first`;
  });
  await steps.call("delete it", deleteItem, { path: { id: first } }, (item) => `DeleteItem returned the deleted ${item.id}`);
  await steps.expectError("get after delete", getItem, { path: { id: first } }, { status: 404 }, (error) => `404 ${messageOf(error.body)}`);
  await steps.call("clean up", deleteItem, { path: { id: second } }, (item) => `deleted ${item.id}`);
};
