import type { Backend } from "../types";
import { callJson } from "../testing/signedFetch";
import { startDynamoDb } from "./startDynamoDb";

let dynamodb: Backend;

beforeEach(async () => {
  dynamodb = await startDynamoDb();
});

afterEach(async () => {
  await dynamodb.stop();
});

const call = (action: string, body: unknown) => callJson(dynamodb.endpoint, { service: "dynamodb", target: `DynamoDB_20120810.${action}`, body });

const itemsTable = {
  TableName: "items",
  AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
  KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
  BillingMode: "PAY_PER_REQUEST",
};

describe("DynamoDB backend", () => {
  it("creates tables that are ACTIVE at once", async () => {
    expect((await call("CreateTable", itemsTable)).status).toBe(200);
    const { body } = await call("DescribeTable", { TableName: "items" });
    expect((body.Table as { TableStatus: string }).TableStatus).toBe("ACTIVE");
  });

  it("stores and reads items", async () => {
    await call("CreateTable", itemsTable);
    await call("PutItem", { TableName: "items", Item: { id: { S: "a" }, n: { N: "1" } } });
    expect((await call("GetItem", { TableName: "items", Key: { id: { S: "a" } } })).body).toEqual({ Item: { id: { S: "a" }, n: { N: "1" } } });
  });

  it("answers DynamoDB's validation errors", async () => {
    const { status, body } = await call("GetItem", { TableName: "missing", Key: { id: { S: "a" } } });
    expect(status).toBe(400);
    expect(body).toEqual({ __type: "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", message: "Requested resource not found" });
  });

  it("records action, table and body of each request", async () => {
    await call("CreateTable", itemsTable);
    await call("PutItem", { TableName: "items", Item: { id: { S: "a" } } });
    const recorded = await dynamodb.waitForReceived((r) => r.action === "PutItem");
    expect(recorded).toMatchObject({ service: "dynamodb", target: "items", status: 200, input: { TableName: "items", Item: { id: { S: "a" } } } });
  });

  it("refuses a request signed for another service", async () => {
    const { status, body } = await callJson(dynamodb.endpoint, { service: "sqs", target: "DynamoDB_20120810.ListTables", body: {} });
    expect(status).toBe(400);
    expect(body).toEqual({ __type: "com.amazon.coral.service#InvalidSignatureException", message: "Credential should be scoped to correct service: 'dynamodb'." });
  });
});
