import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SignatureV4 } from "@smithy/signature-v4";
import { AwsServiceError } from "../errors/AwsServiceError";
import { callJsonProtocol, JSON_PROTOCOLS } from "./callJsonProtocol";
import { callQueryProtocol } from "./callQueryProtocol";
import { createAwsCaller } from "./createAwsCaller";
import { NodeSha256 } from "./sha256";

const credentials = { accessKeyId: "AKIDLOCALPLAYGROUND", secretAccessKey: "local-playground-secret" };

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

let server: Server;
let endpoint: string;
let seen: Seen[] = [];
let answer: { status: number; headers?: Record<string, string>; body: string } = { status: 200, body: "{}" };

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  seen = [];
  answer = { status: 200, body: "{}" };
});

/** Recomputes the signature of a received request from what arrived on the wire (its raw path and query). */
async function expectedSignature(request: Seen, service: string): Promise<string> {
  const url = new URL(request.url, endpoint);
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(String(request.headers.authorization))![1]!.split(";");
  const headers = Object.fromEntries(signedHeaders.map((name) => [name, String(request.headers[name])]));
  const date = String(request.headers["x-amz-date"]);
  const signer = new SignatureV4({ service, region: "us-east-1", credentials, sha256: NodeSha256, uriEscapePath: service !== "s3", applyChecksum: service === "s3" });
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = value;
  const signed = await signer.sign(
    { method: request.method, protocol: "http:", hostname: url.hostname, port: Number(url.port), path: decodeURIComponent(url.pathname), query, headers, body: request.body },
    { signingDate: new Date(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`) },
  );
  return /Signature=([0-9a-f]+)/.exec(String(signed.headers.authorization))![1]!;
}

describe("createAwsCaller", () => {
  it("signs for the service and region, and sends exactly what it signed", async () => {
    const caller = createAwsCaller({ endpoints: { sqs: endpoint }, region: "us-east-1", credentials, timeoutMs: 2000 });
    await caller.send({ service: "sqs", action: "Test", method: "POST", path: "/a b/c", query: { "x y": "1*~'", z: "ü" }, body: "payload" });
    await caller.close();
    const [request] = seen;
    expect(request!.url).toBe("/a%20b/c?x%20y=1%2A~%27&z=%C3%BC");
    expect(request!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDLOCALPLAYGROUND\/\d{8}\/us-east-1\/sqs\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=/);
    expect(/Signature=([0-9a-f]+)/.exec(String(request!.headers.authorization))![1]).toBe(await expectedSignature(request!, "sqs"));
  });

  it("adds the payload hash S3 requires", async () => {
    const caller = createAwsCaller({ endpoints: { s3: endpoint }, region: "us-east-1", credentials, timeoutMs: 2000 });
    await caller.send({ service: "s3", action: "CreateBucket", method: "PUT", path: "/bucket" });
    await caller.close();
    expect(seen[0]!.headers["x-amz-content-sha256"]).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(/Signature=([0-9a-f]+)/.exec(String(seen[0]!.headers.authorization))![1]).toBe(await expectedSignature(seen[0]!, "s3"));
  });

  it("keeps a base path of the endpoint", async () => {
    const caller = createAwsCaller({ endpoints: { events: `${endpoint}/prefix/` }, region: "us-east-1", credentials, timeoutMs: 2000 });
    await callJsonProtocol(caller, JSON_PROTOCOLS.events, "ListEventBuses", {});
    await caller.close();
    expect(seen[0]).toMatchObject({ url: "/prefix/", headers: { "x-amz-target": "AWSEvents.ListEventBuses", "content-type": "application/x-amz-json-1.1" } });
  });

  it("sends Query-protocol actions as a form", async () => {
    answer = { status: 200, body: "<CreateTopicResponse/>" };
    const caller = createAwsCaller({ endpoints: { sns: endpoint }, region: "us-east-1", credentials, timeoutMs: 2000 });
    expect(await callQueryProtocol(caller, "sns", "2010-03-31", "CreateTopic", { Name: "a&b" })).toBe("<CreateTopicResponse/>");
    await caller.close();
    expect(seen[0]!.body.toString()).toBe("Action=CreateTopic&Version=2010-03-31&Name=a%26b");
  });

  it("throws the service's error code and message as an AwsServiceError", async () => {
    answer = { status: 400, headers: { "x-amzn-requestid": "req-1" }, body: '{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}' };
    const caller = createAwsCaller({ endpoints: { sqs: endpoint }, region: "us-east-1", credentials, timeoutMs: 2000 });
    const failure = callJsonProtocol(caller, JSON_PROTOCOLS.sqs, "GetQueueUrl", { QueueName: "nope" });
    await expect(failure).rejects.toThrow(AwsServiceError);
    await expect(failure).rejects.toMatchObject({
      name: "QueueDoesNotExist",
      code: "QueueDoesNotExist",
      $fault: "client",
      $metadata: { httpStatusCode: 400, requestId: "req-1" },
      message: `sqs GetQueueUrl at ${endpoint} answered 400 QueueDoesNotExist: The specified queue does not exist.`,
    });
    await caller.close();
  });

  it("reports an endpoint that refuses connections as a NetworkingError", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const caller = createAwsCaller({ endpoints: { sqs: `http://127.0.0.1:${port}` }, region: "us-east-1", credentials, timeoutMs: 2000 });
    await expect(caller.send({ service: "sqs", action: "Test", method: "POST" })).rejects.toMatchObject({ code: "NetworkingError", $fault: "server" });
    await caller.close();
  });

  it("says so when no endpoint is configured for the service", async () => {
    const caller = createAwsCaller({ endpoints: {}, region: "us-east-1", credentials, timeoutMs: 2000 });
    await expect(caller.send({ service: "sqs", action: "Test", method: "POST" })).rejects.toMatchObject({ code: "NoEndpoint" });
    await caller.close();
  });
});
