import { createHash } from "node:crypto";
import { type BackendSet, startBackends } from "@apigw-playground/backends";
import { apiModel, awsIntegration, integrationResponse, routeModel, TEST_ROLE_ARN } from "@apigw-playground/routes/testing";
import { createLocalCredentialStore, verifySignature } from "../src/authorize";
import { localRoleCredentials, type RunningGateway } from "../src";
import { createBucket, jsonCall, queryCall } from "./helpers/aws-call";
import { recordingLogger, serve } from "./helpers/gateway";
import { send } from "./helpers/http";
import { type WireRequest, startRecordingProxy } from "./helpers/recording-proxy";
import { startUpstream } from "./helpers/upstream";

// Hand-built AWS routes against the local DynamoDB and S3, with a tap on the wire in between: what
// API Gateway sends (method, path, query, headers, signature) and how the answer flows back.

let backends: BackendSet;
let dynamodb: Awaited<ReturnType<typeof startRecordingProxy>>;
let s3: Awaited<ReturnType<typeof startRecordingProxy>>;
let hanging: Awaited<ReturnType<typeof startUpstream>>;
let gateway: RunningGateway;
let url: string;
let logs: string[];

const TABLE = "wire-items";
const BUCKET = "wire-bucket";
const TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:wire-topic";
const getItem = `{"TableName": "${TABLE}", "Key": {"id": {"S": "$input.params('id')"}}}`;

const routes = [
  routeModel({
    method: "GET",
    path: "/auto/{id}",
    integration: awsIntegration("arn:aws:apigateway:us-east-1:dynamodb:action/PutItem", {
      requestTemplates: { "application/json": `{"TableName": "${TABLE}", "Item": {"id": {"S": "$input.params('id')"}}}` },
    }),
  }),
  routeModel({
    method: "GET",
    path: "/mapped/{id}",
    integration: awsIntegration("arn:aws:apigateway:us-east-1:dynamodb:action/PutItem", {
      requestParameters: {
        "integration.request.header.X-Amz-Target": "'DynamoDB_20120810.GetItem'",
        "integration.request.header.Content-Type": "'application/json'",
      },
      requestTemplates: { "application/json": getItem },
    }),
  }),
  routeModel({
    method: "GET",
    path: "/context/{id}",
    integration: awsIntegration("arn:aws:apigateway:us-east-1:dynamodb:action/GetItem", {
      requestTemplates: { "application/json": getItem },
      responses: [
        integrationResponse({
          responseTemplates: {
            "application/json":
              '{"status": "$context.integration.status", "requestId": "$context.integration.requestId", "awsEndpointRequestId": "$context.awsEndpointRequestId", "latency": $context.integration.latency, "gatewayRequestId": "$context.requestId"}',
          },
        }),
      ],
    }),
  }),
  routeModel({
    method: "GET",
    path: "/select",
    integration: awsIntegration("arn:aws:apigateway:us-east-1:dynamodb:action/GetItem", {
      requestTemplates: { "application/json": '{"TableName": "no-such-table", "Key": {"id": {"S": "x"}}}' },
      responses: [
        integrationResponse({ selectionPattern: "40", statusCode: "418" }),
        integrationResponse({ selectionPattern: "4\\d{2}", statusCode: "422", responseTemplates: { "application/json": `{"type": "$input.path('$.__type')"}` } }),
        integrationResponse(),
      ],
    }),
  }),
  routeModel({
    method: "GET",
    path: "/region",
    integration: awsIntegration("arn:aws:apigateway:eu-west-1:dynamodb:action/ListTables", { requestTemplates: { "application/json": "{}" } }),
  }),
  routeModel({
    method: "PUT",
    path: "/s3/{key+}",
    integration: awsIntegration(`arn:aws:apigateway:us-east-1:s3:path/${BUCKET}/{key}`, {
      httpMethod: "PUT",
      requestParameters: {
        "integration.request.path.key": "method.request.path.key",
        "integration.request.header.Content-Type": "method.request.header.Content-Type",
      },
    }),
  }),
  routeModel({
    method: "GET",
    path: "/virtual-host/{key}",
    integration: awsIntegration(`arn:aws:apigateway:us-east-1:${BUCKET}.s3:path/{key}`, {
      httpMethod: "GET",
      requestParameters: { "integration.request.path.key": "method.request.path.key" },
    }),
  }),
  routeModel({
    method: "POST",
    path: "/publish",
    integration: awsIntegration("arn:aws:apigateway:us-east-1:sns:action/Publish", {
      requestParameters: {
        "integration.request.querystring.TopicArn": `'${TOPIC_ARN}'`,
        "integration.request.querystring.Message": "method.request.querystring.message",
      },
    }),
  }),
  routeModel({ method: "POST", path: "/unreachable", integration: awsIntegration("arn:aws:apigateway:us-east-1:sqs:action/SendMessage") }),
  routeModel({ method: "POST", path: "/slow", integration: awsIntegration("arn:aws:apigateway:us-east-1:kinesis:action/PutRecord", { timeoutInMillis: 200 }) }),
  routeModel({ method: "POST", path: "/no-role", integration: awsIntegration("arn:aws:apigateway:us-east-1:dynamodb:action/ListTables", { credentials: undefined }) }),
  routeModel({
    method: "POST",
    path: "/lambda-proxy",
    integration: awsIntegration("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations", {
      type: "AWS_PROXY",
    }),
  }),
];

beforeAll(async () => {
  backends = await startBackends({ services: ["dynamodb", "s3", "sns"] });
  await queryCall(backends.endpoints.sns!, "sns", { Action: "CreateTopic", Name: "wire-topic" });
  await jsonCall(backends.endpoints.dynamodb!, "dynamodb", "DynamoDB_20120810.CreateTable", {
    TableName: TABLE,
    AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
    KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
    BillingMode: "PAY_PER_REQUEST",
  });
  await createBucket(backends.endpoints.s3!, BUCKET);
  dynamodb = await startRecordingProxy(backends.endpoints.dynamodb!);
  s3 = await startRecordingProxy(backends.endpoints.s3!);
  // Accepts the connection and never answers.
  hanging = await startUpstream(() => {});
  const endpoints: Record<string, string> = { dynamodb: dynamodb.url, s3: s3.url, sns: backends.endpoints.sns!, sqs: "http://127.0.0.1:1", kinesis: hanging.url };
  const served = await serve(apiModel({ routes, binaryMediaTypes: ["application/octet-stream"] }), { awsEndpoints: (service) => endpoints[service] });
  ({ gateway, url, logs } = served);
});
afterAll(async () => {
  await gateway.stop();
  await Promise.all([dynamodb.close(), s3.close(), hanging.close()]);
  await backends.stop();
});

const lastTo = (proxy: { received: WireRequest[] }) => proxy.received[proxy.received.length - 1]!;
const header = (request: WireRequest, name: string) => request.headers[name] as string | undefined;

describe("AWS integration requests on the wire", () => {
  it("sends an action URI as POST /?Action=<Action> with DynamoDB's X-Amz-Target and JSON 1.0 content type", async () => {
    const res = await send(url, "/auto/a1");
    expect(res.status).toBe(200);
    const wire = lastTo(dynamodb);
    expect(wire.method).toBe("POST");
    expect(wire.url).toBe("/?Action=PutItem");
    expect(header(wire, "x-amz-target")).toBe("DynamoDB_20120810.PutItem");
    expect(header(wire, "content-type")).toBe("application/x-amz-json-1.0");
    expect(header(wire, "accept")).toBe("application/json");
    expect(header(wire, "user-agent")).toBe("AmazonAPIGateway_abcde12345");
    expect(JSON.parse(wire.body.toString())).toEqual({ TableName: TABLE, Item: { id: { S: "a1" } } });
    const stored = await jsonCall(backends.endpoints.dynamodb!, "dynamodb", "DynamoDB_20120810.GetItem", { TableName: TABLE, Key: { id: { S: "a1" } } });
    expect(stored.Item).toEqual({ id: { S: "a1" } });
  });

  it("lets mapped X-Amz-Target and Content-Type headers win over the defaults", async () => {
    const res = await send(url, "/mapped/a1");
    expect(res.status).toBe(200);
    const wire = lastTo(dynamodb);
    expect(header(wire, "x-amz-target")).toBe("DynamoDB_20120810.GetItem");
    expect(header(wire, "content-type")).toBe("application/json");
    expect(res.json()).toEqual({ Item: { id: { S: "a1" } } });
  });

  it("signs for the service and the ARN's region with the role's local credentials (a valid SigV4 signature)", async () => {
    await send(url, "/auto/signed");
    const wire = lastTo(dynamodb);
    const role = localRoleCredentials(TEST_ROLE_ARN);
    expect(header(wire, "authorization")).toContain(`Credential=${role.accessKeyId}/`);
    expect(header(wire, "authorization")).toContain("/us-east-1/dynamodb/aws4_request");
    expect(header(wire, "x-amz-security-token")).toBe(role.sessionToken);
    const verified = verifySignature(wire, { region: "us-east-1", service: "dynamodb", credentials: createLocalCredentialStore([role]) });
    expect(verified.ok).toBe(true);
    const tampered = verifySignature({ ...wire, body: Buffer.from("{}") }, { region: "us-east-1", service: "dynamodb", credentials: createLocalCredentialStore([role]) });
    expect(tampered.ok).toBe(false);
  });

  it("takes the signing region from the ARN, whatever the gateway's region", async () => {
    await send(url, "/region");
    expect(header(lastTo(dynamodb), "authorization")).toContain("/eu-west-1/dynamodb/aws4_request");
  });

  it("sends an S3 greedy key with %2F and signs the payload's SHA-256 in x-amz-content-sha256", async () => {
    const body = Buffer.from([0, 1, 2, 3, 255, 254]);
    const res = await send(url, "/s3/dir/a%20b.bin", { method: "PUT", headers: { "content-type": "application/octet-stream" }, body });
    expect(res.status).toBe(200);
    const wire = lastTo(s3);
    expect(wire.method).toBe("PUT");
    expect(wire.url).toBe(`/${BUCKET}/dir%2Fa%20b.bin`);
    expect(Buffer.compare(wire.body as Buffer, body)).toBe(0);
    expect(header(wire, "x-amz-content-sha256")).toBe(createHash("sha256").update(body).digest("hex"));
    expect(header(wire, "authorization")).toContain("/us-east-1/s3/aws4_request");
    const stored = await backends.backends.s3!.waitForReceived((r) => r.action === "PutObject");
    expect(stored.input).toMatchObject({ bucket: BUCKET, key: "dir/a b.bin", size: 6, contentType: "application/octet-stream" });
  });

  it("signs S3 requests validly (single-encoded path, payload hash)", async () => {
    await send(url, "/s3/plain.bin", { method: "PUT", headers: { "content-type": "application/octet-stream" }, body: Buffer.from("plain") });
    const role = localRoleCredentials(TEST_ROLE_ARN);
    const verified = verifySignature(lastTo(s3), { region: "us-east-1", service: "s3", credentials: createLocalCredentialStore([role]) });
    expect(verified.ok).toBe(true);
  });

  it("calls a Query-protocol action (SNS Publish) with Action and the mapped parameters in the query", async () => {
    const message = "a&b=c +d é";
    const res = await send(url, `/publish?message=${encodeURIComponent(message)}`, { method: "POST" });
    expect(res.status).toBe(200);
    const received = await backends.backends.sns!.waitForReceived((r) => r.action === "Publish");
    expect(received.input).toMatchObject({ Action: "Publish", TopicArn: TOPIC_ARN, Message: message });
  });

  it("addresses a {bucket}.s3 subdomain path-style on an endpoint override", async () => {
    const res = await send(url, "/virtual-host/plain.bin", { headers: { accept: "application/octet-stream" } });
    expect(res.status).toBe(200);
    expect(res.text).toBe("plain");
    expect(lastTo(s3).url).toBe(`/${BUCKET}/plain.bin`);
  });
});

describe("AWS integration responses", () => {
  it("matches selectionPattern against the whole status code the service answered", async () => {
    const res = await send(url, "/select");
    expect(res.status).toBe(422);
    expect(res.json<{ type: string }>().type).toMatch(/ResourceNotFoundException$/);
  });

  it("sets $context.integration.* and $context.awsEndpointRequestId; x-amzn-RequestId stays the gateway's", async () => {
    const res = await send(url, "/context/a1");
    expect(res.status).toBe(200);
    const body = res.json<{ status: string; requestId: string; awsEndpointRequestId: string; latency: number; gatewayRequestId: string }>();
    expect(body.status).toBe("200");
    expect(body.requestId).not.toBe("");
    expect(body.awsEndpointRequestId).toBe(body.requestId);
    expect(body.latency).toBeGreaterThanOrEqual(0);
    expect(res.headers["x-amzn-requestid"]).toBe(body.gatewayRequestId);
    expect(body.requestId).not.toBe(body.gatewayRequestId);
  });

  it("answers 500 Internal server error when the service cannot be reached", async () => {
    const res = await send(url, "/unreachable", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(500);
    expect(res.json()).toEqual({ message: "Internal server error" });
    expect(res.headers["x-amzn-errortype"]).toBe("InternalServerErrorException");
  });

  it("answers 504 Endpoint request timed out after timeoutInMillis", async () => {
    const res = await send(url, "/slow", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(504);
    expect(res.json()).toEqual({ message: "Endpoint request timed out" });
  });

  it("refuses an AWS integration without credentials as a configuration error (500) and says why in the log", async () => {
    const res = await send(url, "/no-role", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(500);
    expect(res.json()).toEqual({ message: "Internal server error" });
    expect(logs.some((l) => l.includes("Execution failed due to configuration error") && l.includes("no credentials"))).toBe(true);
  });

  it("answers 500 for AWS_PROXY (Lambda proxy): there is no Lambda locally", async () => {
    const res = await send(url, "/lambda-proxy", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(500);
    expect(logs.some((l) => l.includes("AWS_PROXY"))).toBe(true);
  });
});

describe("AWS integration endpoints and credentials", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB"]) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it("uses AWS_ENDPOINT_URL_DYNAMODB when the awsEndpoints option has none", async () => {
    process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamodb.url;
    process.env.AWS_ENDPOINT_URL = "http://127.0.0.1:1";
    const local = await serve(apiModel({ routes: [routes[0]!] }), { logger: recordingLogger() });
    try {
      const before = dynamodb.received.length;
      expect((await send(local.url, "/auto/env-specific")).status).toBe(200);
      expect(dynamodb.received.length).toBe(before + 1);
    } finally {
      await local.gateway.stop();
    }
  });

  it("falls back to AWS_ENDPOINT_URL for every service", async () => {
    process.env.AWS_ENDPOINT_URL = dynamodb.url;
    const local = await serve(apiModel({ routes: [routes[0]!] }), { awsEndpoints: () => undefined });
    try {
      expect((await send(local.url, "/auto/env-global")).status).toBe(200);
      expect(JSON.parse(lastTo(dynamodb).body.toString())).toMatchObject({ Item: { id: { S: "env-global" } } });
    } finally {
      await local.gateway.stop();
    }
  });

  it("signs with what the integrationCredentials option resolves the role to", async () => {
    const custom = { accessKeyId: "AKIDCUSTOMRESOLVER01", secretAccessKey: "custom-secret" };
    const local = await serve(apiModel({ routes: [routes[0]!] }), { awsEndpoints: () => dynamodb.url, integrationCredentials: () => custom });
    try {
      await send(local.url, "/auto/custom");
      const wire = lastTo(dynamodb);
      expect(header(wire, "authorization")).toContain("Credential=AKIDCUSTOMRESOLVER01/");
      expect(verifySignature(wire, { region: "us-east-1", service: "dynamodb", credentials: createLocalCredentialStore([custom]) }).ok).toBe(true);
    } finally {
      await local.gateway.stop();
    }
  });
});
