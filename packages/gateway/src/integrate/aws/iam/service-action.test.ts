import { parseAwsTarget } from "../aws-target";
import type { OutgoingRequest } from "../sign-request";
import { serviceActionOf } from "./service-action";

const scope = { region: "us-east-1", accountId: "123456789012" };

function call(uri: string, init: { method?: string; headers?: Record<string, string>; body?: unknown; query?: [string, string][] }) {
  const target = parseAwsTarget(uri)!;
  const request: OutgoingRequest = {
    method: init.method ?? "POST",
    origin: new URL("http://127.0.0.1:1"),
    path: "/",
    query: init.query ?? [],
    headers: { host: "127.0.0.1:1", ...init.headers },
    body: Buffer.from(typeof init.body === "string" ? init.body : init.body === undefined ? "" : JSON.stringify(init.body)),
  };
  return serviceActionOf(target, request, scope);
}

const json = (target: string) => ({ "x-amz-target": target });

describe("serviceActionOf", () => {
  it("authorizes DynamoDB on the table, and Query on an index on the index", () => {
    expect(call("arn:aws:apigateway:us-east-1:dynamodb:action/GetItem", { headers: json("DynamoDB_20120810.GetItem"), body: { TableName: "items" } })).toEqual({
      service: "dynamodb",
      action: "GetItem",
      resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/items"],
    });
    expect(call("arn:aws:apigateway:us-east-1:dynamodb:action/Query", { headers: json("DynamoDB_20120810.Query"), body: { TableName: "items", IndexName: "byOwner" } })?.resources).toEqual([
      "arn:aws:dynamodb:us-east-1:123456789012:table/items/index/byOwner",
    ]);
    expect(call("arn:aws:apigateway:us-east-1:dynamodb:action/BatchGetItem", { headers: json("DynamoDB_20120810.BatchGetItem"), body: { RequestItems: { a: {}, b: {} } } })?.resources).toHaveLength(2);
  });

  it("goes by the X-Amz-Target the service will run, not the ARN's action", () => {
    expect(call("arn:aws:apigateway:us-east-1:dynamodb:action/PutItem", { headers: json("DynamoDB_20120810.UpdateItem"), body: { TableName: "t" } })?.action).toBe("UpdateItem");
  });

  it("authorizes Step Functions on the state machine or the execution", () => {
    const machine = "arn:aws:states:us-east-1:123456789012:stateMachine:orders";
    const execution = "arn:aws:states:us-east-1:123456789012:execution:orders:1";
    expect(call("arn:aws:apigateway:us-east-1:states:action/StartExecution", { headers: json("AWSStepFunctions.StartExecution"), body: { stateMachineArn: machine } })?.resources).toEqual([machine]);
    expect(call("arn:aws:apigateway:us-east-1:states:action/DescribeExecution", { headers: json("AWSStepFunctions.DescribeExecution"), body: { executionArn: execution } })?.resources).toEqual([execution]);
  });

  it("authorizes PutEvents on each entry's bus, the default bus when none is named", () => {
    const result = call("arn:aws:apigateway:us-east-1:events:action/PutEvents", {
      headers: json("AWSEvents.PutEvents"),
      body: { Entries: [{ EventBusName: "orders" }, {}, { EventBusName: "arn:aws:events:us-east-1:999999999999:event-bus/x" }] },
    });
    expect(result?.resources).toEqual([
      "arn:aws:events:us-east-1:123456789012:event-bus/orders",
      "arn:aws:events:us-east-1:123456789012:event-bus/default",
      "arn:aws:events:us-east-1:999999999999:event-bus/x",
    ]);
  });

  it("authorizes SQS on the queue its URL names", () => {
    expect(call("arn:aws:apigateway:us-east-1:sqs:action/ReceiveMessage", { headers: json("AmazonSQS.ReceiveMessage"), body: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/q" } })?.resources).toEqual([
      "arn:aws:sqs:us-east-1:123456789012:q",
    ]);
  });

  it("reads SNS's Action and TopicArn from a form body or the query", () => {
    const topic = "arn:aws:sns:us-east-1:123456789012:t";
    expect(call("arn:aws:apigateway:us-east-1:sns:path//", { headers: { "content-type": "application/x-www-form-urlencoded" }, body: `Action=Publish&TopicArn=${encodeURIComponent(topic)}&Message=m` })).toEqual({
      service: "sns",
      action: "Publish",
      resources: [topic],
    });
    expect(call("arn:aws:apigateway:us-east-1:sns:action/Publish", { query: [["Action", "Publish"], ["TopicArn", topic]] })?.resources).toEqual([topic]);
  });

  it.each([
    ["GET", "bucket/a%2Fb.png", [], "GetObject", "arn:aws:s3:::bucket/a/b.png"],
    ["HEAD", "bucket/k", [], "GetObject", "arn:aws:s3:::bucket/k"],
    ["PUT", "bucket/k", [], "PutObject", "arn:aws:s3:::bucket/k"],
    ["DELETE", "bucket/k", [], "DeleteObject", "arn:aws:s3:::bucket/k"],
    ["GET", "bucket", [["list-type", "2"], ["prefix", "a/"]], "ListBucket", "arn:aws:s3:::bucket"],
    ["GET", "bucket", [["location", ""]], "GetBucketLocation", "arn:aws:s3:::bucket"],
  ] as [string, string, [string, string][], string, string][])("authorizes S3 %s %s as s3:%s", (method, path, query, action, resource) => {
    expect(call(`arn:aws:apigateway:us-east-1:s3:path/${path}`, { method, query })).toEqual({ service: "s3", action, resources: [resource] });
  });

  it("reads the bucket from a {bucket}.s3 subdomain", () => {
    expect(call("arn:aws:apigateway:us-east-1:photos.s3:path/a.png", { method: "GET" })?.resources).toEqual(["arn:aws:s3:::photos/a.png"]);
  });

  it("leaves unknown shapes unchecked", () => {
    expect(call("arn:aws:apigateway:us-east-1:dynamodb:action/GetItem", { headers: json("DynamoDB_20120810.GetItem"), body: "not json" })).toBeUndefined();
    expect(call("arn:aws:apigateway:us-east-1:s3:path/bucket", { method: "GET", query: [["acl", ""]] })).toBeUndefined();
    expect(call("arn:aws:apigateway:us-east-1:kinesis:action/PutRecord", { headers: json("Kinesis_20131202.PutRecord"), body: {} })).toBeUndefined();
  });
});
