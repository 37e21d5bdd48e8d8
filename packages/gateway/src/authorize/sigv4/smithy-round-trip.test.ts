import { createLocalCredentialStore, DEFAULT_LOCAL_CREDENTIAL } from "../credentials/local-credential-store";
import type { LocalCredential } from "../types";
import { type RequestToSign, signWithSmithy } from "./test-support/smithy-signer";
import { verifySignature } from "./verify-signature";

/* Requests signed by the AWS SDK's signer must verify; edge cases of paths and queries included. */

const SIGNED_AT = new Date("2024-05-01T10:00:00Z");
const TEMPORARY: LocalCredential = {
  accessKeyId: "ASIALOCALTEMPORARY",
  secretAccessKey: "temporary-secret",
  sessionToken: "FwoGZXIvYXdzEJr//////////wEaDHtoken+/=",
  userName: "temporary-user",
};
const credentials = createLocalCredentialStore([DEFAULT_LOCAL_CREDENTIAL, TEMPORARY]);

function verifyAt(request: Parameters<typeof verifySignature>[0], now = SIGNED_AT) {
  return verifySignature(request, { region: "us-east-1", credentials, now });
}

const requests: Array<[string, RequestToSign]> = [
  ["a path with an encoded space", { method: "GET", path: "/v1/items/a%20b" }],
  ["a path with unicode", { method: "GET", path: "/v1/caf%C3%A9/%E2%82%AC%F0%9F%98%80" }],
  ["a path with an encoded slash (%2F)", { method: "GET", path: "/v1/files/dir%2Fsub%2Fname.txt" }],
  ["a path with a literal +", { method: "GET", path: "/v1/files/a+b" }],
  ["a path with an encoded +", { method: "GET", path: "/v1/files/a%2Bb" }],
  ["a greedy path", { method: "GET", path: "/v1/files/deep/nested/path/file.json" }],
  ["a path with reserved characters", { method: "GET", path: "/v1/items/%21%27%28%29%2A%40%3A" }],
  ["the stage root with a trailing slash", { method: "GET", path: "/v1/" }],
  ["repeated query keys", { method: "GET", path: "/v1/items", query: { tag: ["b", "a", "c"], limit: "10" } }],
  ["empty query values", { method: "GET", path: "/v1/items", query: { empty: "", flag: "" } }],
  [
    "query values with spaces, +, reserved characters and unicode",
    { method: "GET", path: "/v1/search", query: { q: "a b+c/d?e=f&g", ключ: "значение", "x y": "~*" } },
  ],
  [
    "a JSON body",
    {
      method: "POST",
      path: "/v1/items",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: "42", name: "café" }),
    },
  ],
  ["a DELETE without body", { method: "DELETE", path: "/v1/items/42" }],
  [
    "headers with inner runs of spaces",
    { method: "PUT", path: "/v1/items/42", headers: { "x-custom": "  a   b  ", "content-type": "text/plain" }, body: "x" },
  ],
];

describe("requests signed by @smithy/signature-v4", () => {
  test.each(requests)("accepts %s (Authorization header)", async (_name, toSign) => {
    const request = await signWithSmithy(toSign, { credentials: DEFAULT_LOCAL_CREDENTIAL, date: SIGNED_AT });
    expect(verifyAt(request)).toEqual({ ok: true, value: expect.objectContaining({ accessKey: "AKIDLOCALPLAYGROUND" }) });
  });

  test.each(requests)("accepts %s (presigned URL)", async (_name, toSign) => {
    const request = await signWithSmithy(toSign, {
      credentials: DEFAULT_LOCAL_CREDENTIAL,
      date: SIGNED_AT,
      presignExpiresIn: 900,
    });
    expect(request.headers.authorization).toBeUndefined();
    expect(verifyAt(request)).toEqual({ ok: true, value: expect.objectContaining({ accessKey: "AKIDLOCALPLAYGROUND" }) });
  });

  test("accepts a request signed with temporary credentials and their session token", async () => {
    const request = await signWithSmithy({ method: "GET", path: "/v1/items" }, { credentials: TEMPORARY, date: SIGNED_AT });
    expect(request.headers["x-amz-security-token"]).toBe(TEMPORARY.sessionToken);
    expect(verifyAt(request)).toEqual({
      ok: true,
      value: expect.objectContaining({ accessKey: "ASIALOCALTEMPORARY", userArn: "arn:aws:iam::123456789012:user/temporary-user" }),
    });
  });

  test("accepts a presigned URL carrying a session token", async () => {
    const request = await signWithSmithy(
      { method: "GET", path: "/v1/items" },
      { credentials: TEMPORARY, date: SIGNED_AT, presignExpiresIn: 60 },
    );
    expect(request.rawQuery).toContain("X-Amz-Security-Token=");
    expect(verifyAt(request).ok).toBe(true);
  });

  test("rejects temporary credentials used without their session token", async () => {
    const { sessionToken: _omitted, ...withoutToken } = TEMPORARY;
    const request = await signWithSmithy({ method: "GET", path: "/v1/items" }, { credentials: withoutToken, date: SIGNED_AT });
    expect(verifyAt(request)).toEqual({
      ok: false,
      failure: expect.objectContaining({ errorType: "UnrecognizedClientException", statusCode: 403 }),
    });
  });

  test("rejects a body that differs from the one signed, even when x-amz-content-sha256 still names the signed one", async () => {
    const request = await signWithSmithy(
      { method: "POST", path: "/v1/items", headers: { "content-type": "application/json" }, body: '{"a":1}' },
      { credentials: DEFAULT_LOCAL_CREDENTIAL, date: SIGNED_AT },
    );
    expect(request.headers["x-amz-content-sha256"]).toBeDefined();
    request.body = new TextEncoder().encode('{"a":2}');
    const result = verifyAt(request);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure.errorType).toBe("InvalidSignatureException");
  });

  test("rejects a request signed for another service", async () => {
    const request = await signWithSmithy(
      { method: "GET", path: "/v1/items" },
      { credentials: DEFAULT_LOCAL_CREDENTIAL, date: SIGNED_AT, service: "lambda" },
    );
    expect(verifyAt(request)).toEqual({
      ok: false,
      failure: expect.objectContaining({ message: "Credential should be scoped to correct service: 'execute-api'. " }),
    });
  });

  test("accepts a request within the 5 minute window and refuses it after", async () => {
    const request = await signWithSmithy({ method: "GET", path: "/v1/items" }, { credentials: DEFAULT_LOCAL_CREDENTIAL, date: SIGNED_AT });
    expect(verifyAt(request, new Date(SIGNED_AT.getTime() + 5 * 60_000)).ok).toBe(true);
    expect(verifyAt(request, new Date(SIGNED_AT.getTime() + 5 * 60_000 + 1000))).toEqual({
      ok: false,
      failure: expect.objectContaining({
        responseType: "EXPIRED_TOKEN",
        message: "Signature expired: 20240501T100000Z is now earlier than 20240501T100001Z (20240501T100501Z - 5 min.)",
      }),
    });
  });

  // Services other than S3 ignore X-Amz-Expires and apply their clock-skew window (aws-sdk-go #2167, #2224).
  test("applies the 5 minute window to a presigned URL whatever its X-Amz-Expires", async () => {
    const shortLived = await signWithSmithy(
      { method: "GET", path: "/v1/items" },
      { credentials: DEFAULT_LOCAL_CREDENTIAL, date: SIGNED_AT, presignExpiresIn: 1 },
    );
    expect(verifyAt(shortLived, new Date(SIGNED_AT.getTime() + 4 * 60_000)).ok).toBe(true);

    const longLived = await signWithSmithy(
      { method: "GET", path: "/v1/items" },
      { credentials: DEFAULT_LOCAL_CREDENTIAL, date: SIGNED_AT, presignExpiresIn: 3600 },
    );
    expect(verifyAt(longLived, new Date(SIGNED_AT.getTime() + 30 * 60_000))).toEqual({
      ok: false,
      failure: expect.objectContaining({
        errorType: "InvalidSignatureException",
        message: "Signature expired: 20240501T100000Z is now earlier than 20240501T102500Z (20240501T103000Z - 5 min.)",
      }),
    });
  });
});
