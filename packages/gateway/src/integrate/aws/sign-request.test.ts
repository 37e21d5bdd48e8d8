import { createHash } from "node:crypto";
import { createLocalCredentialStore, verifySignature } from "../../authorize";
import { createRequestSigner, type OutgoingRequest } from "./sign-request";

// The gateway's own SigV4 verifier (conformance-tested against AWS's suite) checks what the signer produces.

const credentials = { accessKeyId: "ASIAEXAMPLEROLE00001", secretAccessKey: "role-secret", sessionToken: "role-token" };
const store = createLocalCredentialStore([credentials]);
const date = new Date("2026-03-01T12:00:00Z");

function outgoing(overrides: Partial<OutgoingRequest> = {}): OutgoingRequest {
  return {
    method: "POST",
    origin: new URL("http://127.0.0.1:4000"),
    path: "/",
    query: [["Action", "GetItem"]],
    headers: { host: "127.0.0.1:4000", "content-type": "application/x-amz-json-1.0", "x-amz-target": "DynamoDB_20120810.GetItem" },
    body: Buffer.from('{"TableName":"t"}'),
    ...overrides,
  };
}

function asReceived(request: OutgoingRequest, headers: Record<string, string>) {
  const rawQuery = request.query.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join("&");
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] = value;
  return { method: request.method, rawPath: request.path, rawQuery, headers: lower, body: request.body };
}

describe("createRequestSigner", () => {
  const sign = createRequestSigner();

  it("produces a signature AWS's algorithm verifies, scoped to the service and region", async () => {
    const request = outgoing();
    const headers = await sign(request, { service: "dynamodb", region: "eu-west-1", credentials, date });
    expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIAEXAMPLEROLE00001\/20260301\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=[^,]*x-amz-target[^,]*, Signature=[0-9a-f]{64}$/);
    expect(headers["x-amz-security-token"]).toBe("role-token");
    const verified = verifySignature(asReceived(request, headers), { region: "eu-west-1", service: "dynamodb", credentials: store, now: date });
    expect(verified.ok).toBe(true);
  });

  it("signs S3's payload hash into x-amz-content-sha256", async () => {
    const request = outgoing({ method: "PUT", path: "/bucket/key.bin", query: [], headers: { host: "127.0.0.1:4000" }, body: Buffer.from([1, 2, 3]) });
    const headers = await sign(request, { service: "s3", region: "us-east-1", credentials, date });
    expect(headers["x-amz-content-sha256"]).toBe(createHash("sha256").update(Buffer.from([1, 2, 3])).digest("hex"));
    expect(headers.authorization).toContain("x-amz-content-sha256");
    expect(verifySignature(asReceived(request, headers), { region: "us-east-1", service: "s3", credentials: store, now: date }).ok).toBe(true);
  });

  it("adds no checksum header for other services", async () => {
    const headers = await sign(outgoing(), { service: "dynamodb", region: "us-east-1", credentials, date });
    expect(headers["x-amz-content-sha256"]).toBeUndefined();
  });

  it("signs a changed body differently", async () => {
    const a = await sign(outgoing(), { service: "dynamodb", region: "us-east-1", credentials, date });
    const b = await sign(outgoing({ body: Buffer.from('{"TableName":"u"}') }), { service: "dynamodb", region: "us-east-1", credentials, date });
    expect(a.authorization).not.toBe(b.authorization);
  });
});
