import type { IntegrationRequest } from "../integration";
import { type AwsTarget, parseAwsTarget } from "./aws-target";
import { buildServiceRequest } from "./build-service-request";
import { resolveEndpoint } from "./resolve-endpoint";

const local = (service: string) => resolveEndpoint({ service, region: "us-east-1" }, () => "http://127.0.0.1:4000", {});
const target = (uri: string): AwsTarget => parseAwsTarget(uri)!;
const request = (overrides: Partial<IntegrationRequest> = {}): IntegrationRequest => ({
  method: "POST",
  uri: "",
  headers: { Accept: "application/json" },
  query: [],
  body: { kind: "text", text: "{}" },
  ...overrides,
});

describe("buildServiceRequest for action URIs", () => {
  it("adds Action=<Action> and the ARN's parameters before the mapped query", () => {
    const out = buildServiceRequest(target("arn:aws:apigateway:us-east-1:sqs:action/SendMessage&Version=2012-11-05"), request({ query: [["MessageBody", "hi"]] }), local("sqs"));
    expect(out.path).toBe("/");
    expect(out.query).toEqual([["Action", "SendMessage"], ["Version", "2012-11-05"], ["MessageBody", "hi"]]);
  });

  it("keeps a mapped Action instead of adding one", () => {
    const out = buildServiceRequest(target("arn:aws:apigateway:us-east-1:sqs:action/SendMessage"), request({ query: [["Action", "ReceiveMessage"]] }), local("sqs"));
    expect(out.query).toEqual([["Action", "ReceiveMessage"]]);
  });

  it.each([
    ["dynamodb", "GetItem", "DynamoDB_20120810.GetItem", "application/x-amz-json-1.0"],
    ["states", "StartExecution", "AWSStepFunctions.StartExecution", "application/x-amz-json-1.0"],
    ["states", "StartSyncExecution", "AWSStepFunctions.StartSyncExecution", "application/x-amz-json-1.0"],
    ["kinesis", "PutRecord", "Kinesis_20131202.PutRecord", "application/x-amz-json-1.1"],
  ])("sets %s's X-Amz-Target and Content-Type for action/%s", (service, action, xAmzTarget, contentType) => {
    const out = buildServiceRequest(target(`arn:aws:apigateway:us-east-1:${service}:action/${action}`), request(), local(service));
    expect(out.headers["x-amz-target"]).toBe(xAmzTarget);
    expect(out.headers["content-type"]).toBe(contentType);
  });

  it.each(["events", "sqs", "sns"])("leaves X-Amz-Target to the template for %s (API Gateway does not set it)", (service) => {
    const out = buildServiceRequest(target(`arn:aws:apigateway:us-east-1:${service}:action/Anything`), request(), local(service));
    expect(out.headers["x-amz-target"]).toBeUndefined();
    expect(out.headers["content-type"]).toBeUndefined();
  });

  it("keeps mapped X-Amz-Target and Content-Type, whatever their spelling", () => {
    const out = buildServiceRequest(
      target("arn:aws:apigateway:us-east-1:dynamodb:action/PutItem"),
      request({ headers: { "X-Amz-Target": "DynamoDB_20120810.Query", "Content-Type": "application/json" } }),
      local("dynamodb"),
    );
    expect(out.headers["x-amz-target"]).toBe("DynamoDB_20120810.Query");
    expect(out.headers["content-type"]).toBe("application/json");
  });
});

describe("buildServiceRequest for path URIs", () => {
  it("sends the method, the path and the body as they are", () => {
    const body = Buffer.from([0, 255, 1]);
    const out = buildServiceRequest(target("arn:aws:apigateway:us-east-1:s3:path/bucket/dir%2Fa.png"), request({ method: "PUT", body: { kind: "binary", bytes: body } }), local("s3"));
    expect(out).toMatchObject({ method: "PUT", path: "/bucket/dir%2Fa.png", query: [] });
    expect(Buffer.compare(out.body, body)).toBe(0);
  });

  it("treats path// as the service root", () => {
    expect(buildServiceRequest(target("arn:aws:apigateway:us-east-1:sns:path//"), request(), local("sns")).path).toBe("/");
  });

  it("addresses a {bucket}.s3 subdomain path-style on an override and by host on AWS", () => {
    const t = target("arn:aws:apigateway:us-east-1:photos.s3:path/a.png");
    expect(buildServiceRequest(t, request({ method: "GET" }), local("s3")).path).toBe("/photos/a.png");
    const aws = resolveEndpoint({ service: "s3", region: "us-east-1", subdomain: "photos" }, undefined, {});
    const out = buildServiceRequest(t, request({ method: "GET" }), aws);
    expect(out.path).toBe("/a.png");
    expect(out.headers.host).toBe("photos.s3.us-east-1.amazonaws.com");
  });

  it("prefixes the endpoint's base path", () => {
    const endpoint = resolveEndpoint({ service: "s3", region: "us-east-1" }, () => "http://127.0.0.1:4566/prefix/", {});
    expect(buildServiceRequest(target("arn:aws:apigateway:us-east-1:s3:path/b/k"), request({ method: "GET" }), endpoint).path).toBe("/prefix/b/k");
  });

  it("sends no body with GET and HEAD", () => {
    expect(buildServiceRequest(target("arn:aws:apigateway:us-east-1:s3:path/b/k"), request({ method: "GET" }), local("s3")).body.length).toBe(0);
  });

  it("drops headers the connection and the signature own, and sets Host to the endpoint's", () => {
    const out = buildServiceRequest(
      target("arn:aws:apigateway:us-east-1:s3:path/b/k"),
      request({ headers: { Host: "evil.example", "Content-Length": "9", Authorization: "x", "X-Amz-Date": "x", Connection: "close", "X-Custom": ["a", "b"] } }),
      local("s3"),
    );
    expect(out.headers).toEqual({ host: "127.0.0.1:4000", "x-custom": "a, b" });
  });
});
