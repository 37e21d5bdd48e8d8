import { createHash, createHmac } from "node:crypto";
import { createLocalCredentialStore, DEFAULT_LOCAL_CREDENTIAL } from "../credentials/local-credential-store";
import type { AuthorizeRequest } from "../types";
import { HOST, signWithSmithy } from "./test-support/smithy-signer";
import { describeSignature, verifySignature } from "./verify-signature";

const SIGNED_AT = new Date("2024-05-01T10:00:00Z");
const credentials = createLocalCredentialStore();

function verifyAt(request: AuthorizeRequest, now = SIGNED_AT, extra: { skewMs?: number } = {}) {
  return verifySignature(request, { region: "us-east-1", credentials, now, ...extra });
}

function unsigned(headers: AuthorizeRequest["headers"] = {}, rawQuery = ""): AuthorizeRequest {
  return { method: "GET", rawPath: "/v1/items", rawQuery, headers: { host: HOST, ...headers }, body: new Uint8Array() };
}

function signed() {
  return signWithSmithy({ method: "GET", path: "/v1/items" }, { credentials: DEFAULT_LOCAL_CREDENTIAL, date: SIGNED_AT });
}

function withAuthorization(request: AuthorizeRequest, edit: (authorization: string) => string): AuthorizeRequest {
  return { ...request, headers: { ...request.headers, authorization: edit(String(request.headers.authorization)) } };
}

function failureOf(result: ReturnType<typeof verifySignature>) {
  if (result.ok) throw new Error("expected a refusal, got an identity");
  return result.failure;
}

describe("verifySignature", () => {
  test("returns the caller identity of the default local user", async () => {
    expect(verifyAt(await signed())).toEqual({
      ok: true,
      value: {
        accessKey: "AKIDLOCALPLAYGROUND",
        accountId: "123456789012",
        caller: expect.stringMatching(/^AIDA[A-Z2-7]{17}$/),
        user: expect.stringMatching(/^AIDA[A-Z2-7]{17}$/),
        userArn: "arn:aws:iam::123456789012:user/local-playground",
      },
    });
  });

  test("answers Missing Authentication Token when the request is not signed", () => {
    expect(failureOf(verifyAt(unsigned()))).toEqual({
      responseType: "MISSING_AUTHENTICATION_TOKEN",
      statusCode: 403,
      errorType: "MissingAuthenticationTokenException",
      message: "Missing Authentication Token",
    });
  });

  test("does not treat X-Amz-* query parameters without X-Amz-Algorithm as a presigned URL", () => {
    const request = unsigned({}, "X-Amz-Credential=a&X-Amz-Signature=b&X-Amz-SignedHeaders=host&X-Amz-Date=d");
    expect(failureOf(verifyAt(request)).errorType).toBe("MissingAuthenticationTokenException");
  });

  test("refuses a request signed both ways at once", () => {
    const request = unsigned({ authorization: "AWS4-HMAC-SHA256 Credential=a" }, "X-Amz-Algorithm=AWS4-HMAC-SHA256");
    expect(failureOf(verifyAt(request))).toMatchObject({
      responseType: "INVALID_SIGNATURE",
      errorType: "InvalidSignatureException",
      message: "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.",
    });
  });

  test("lists every missing part of an Authorization header, then the header", () => {
    expect(failureOf(verifyAt(unsigned({ authorization: "AWS4-HMAC-SHA256" })))).toEqual({
      responseType: "INVALID_SIGNATURE",
      statusCode: 403,
      errorType: "IncompleteSignatureException",
      message:
        "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. " +
        "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either " +
        "a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256",
    });
  });

  test("accepts commas or spaces between Authorization parts and names only the missing one", () => {
    const authorization = "AWS4-HMAC-SHA256 Signature=b,Credential=a";
    expect(failureOf(verifyAt(unsigned({ authorization, "x-amz-date": "20240501T100000Z" }))).message).toBe(
      "Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256 Signature=b,Credential=a",
    );
  });

  test("refuses a bearer token on an IAM route without echoing it", () => {
    const authorization = "Bearer eyJhbGciOiJIUzI1NiJ9.secret";
    const digest = createHash("sha256").update(authorization).digest("base64");
    const failure = failureOf(verifyAt(unsigned({ authorization })));
    expect(failure).toMatchObject({ errorType: "IncompleteSignatureException", responseType: "INVALID_SIGNATURE" });
    expect(failure.message).toBe(
      `Invalid key=value pair (missing equal-sign) in Authorization header (hashed with SHA-256 and encoded with Base64): '${digest}'.`,
    );
    expect(failure.message).not.toContain("secret");
  });

  test("lists every missing presigned-URL parameter", () => {
    expect(failureOf(verifyAt(unsigned({}, "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240501T100000Z"))).message).toBe(
      "AWS query-string parameters must include 'X-Amz-Credential'. " +
        "AWS query-string parameters must include 'X-Amz-Signature'. " +
        "AWS query-string parameters must include 'X-Amz-SignedHeaders'. Re-examine the query-string parameters.",
    );
  });

  test("refuses an X-Amz-Date that is not ISO 8601 basic format", async () => {
    const request = await signed();
    request.headers["x-amz-date"] = "2024-05-01T10:00:00Z";
    expect(failureOf(verifyAt(request))).toMatchObject({
      errorType: "IncompleteSignatureException",
      message: "Date must be in ISO-8601 'basic format'. Got '2024-05-01T10:00:00Z'. See http://en.wikipedia.org/wiki/ISO_8601",
    });
  });

  test("words an expired signature as AWS does", async () => {
    const request = await signWithSmithy(
      { method: "GET", path: "/v1/items" },
      { credentials: DEFAULT_LOCAL_CREDENTIAL, date: new Date("2019-03-15T00:00:00Z") },
    );
    expect(failureOf(verifyAt(request, new Date("2019-03-15T00:10:00.750Z")))).toEqual({
      responseType: "EXPIRED_TOKEN",
      statusCode: 403,
      errorType: "InvalidSignatureException",
      message: "Signature expired: 20190315T000000Z is now earlier than 20190315T000500Z (20190315T001000Z - 5 min.)",
    });
  });

  test("words a signature from the future as AWS does", async () => {
    const request = await signWithSmithy(
      { method: "GET", path: "/v1/items" },
      { credentials: DEFAULT_LOCAL_CREDENTIAL, date: new Date("2019-03-15T00:10:00Z") },
    );
    expect(failureOf(verifyAt(request, new Date("2019-03-15T00:00:00Z"))).message).toBe(
      "Signature not yet current: 20190315T001000Z is still later than 20190315T000500Z (20190315T000000Z + 5 min.)",
    );
  });

  test("words a custom clock skew in seconds when it is not whole minutes", async () => {
    const request = await signed();
    expect(failureOf(verifyAt(request, new Date(SIGNED_AT.getTime() + 91_000), { skewMs: 90_000 })).message).toBe(
      "Signature expired: 20240501T100000Z is now earlier than 20240501T100001Z (20240501T100131Z - 90 sec.)",
    );
  });

  test("checks the clock before anything else in the signature", async () => {
    const request = withAuthorization(await signed(), (a) => a.replace("SignedHeaders=", "SignedHeaders=nothost;"));
    expect(failureOf(verifyAt(request, new Date("2030-01-01T00:00:00Z"))).message).toMatch(/^Signature expired/);
  });

  test("requires host among the signed headers", async () => {
    const request = withAuthorization(await signed(), (a) => a.replace(/SignedHeaders=[^,]+/, "SignedHeaders=x-amz-date"));
    expect(failureOf(verifyAt(request))).toMatchObject({
      errorType: "InvalidSignatureException",
      message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    });
  });

  test("refuses an algorithm other than AWS4-HMAC-SHA256", async () => {
    const request = withAuthorization(await signed(), (a) => a.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512"));
    expect(failureOf(verifyAt(request))).toMatchObject({
      errorType: "IncompleteSignatureException",
      message: "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512' (only AWS4-HMAC-SHA256 for now). ",
    });
  });

  test("refuses a credential without five parts", async () => {
    const request = withAuthorization(await signed(), (a) => a.replace("/execute-api/aws4_request", "/execute-api"));
    expect(failureOf(verifyAt(request))).toMatchObject({
      errorType: "IncompleteSignatureException",
      message:
        "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, " +
        "got 'AKIDLOCALPLAYGROUND/20240501/us-east-1/execute-api'",
    });
  });

  test("reports every credential scope problem at once", async () => {
    const request = withAuthorization(await signed(), (a) =>
      a.replace("20240501/us-east-1/execute-api/aws4_request", "20240430/eu-west-1/lambda/aws5_request"),
    );
    expect(failureOf(verifyAt(request))).toMatchObject({
      responseType: "INVALID_SIGNATURE",
      errorType: "InvalidSignatureException",
      message:
        "Credential should be scoped to a valid region. " +
        "Credential should be scoped to correct service: 'execute-api'. " +
        "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. " +
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: " +
        "'20240430' != '20240501', from '20240501T100000Z'. ",
    });
  });

  test("refuses an unknown access key", async () => {
    const request = withAuthorization(await signed(), (a) => a.replace("AKIDLOCALPLAYGROUND", "AKIDSOMEONEELSE"));
    expect(failureOf(verifyAt(request))).toEqual({
      responseType: "ACCESS_DENIED",
      statusCode: 403,
      errorType: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
    });
  });

  test("shows the canonical request and string to sign it expected when the signature does not match", async () => {
    const request = await signed();
    request.rawPath = "/v1/other";
    const described = describeSignature(request);
    if (!described.ok) throw new Error("describeSignature refused a complete signature");
    expect(failureOf(verifyAt(request)).message).toBe(
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key " +
        "and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request " +
        `should have been\n'${described.value.canonicalRequest}'\n\nThe String-to-Sign should have been\n'${described.value.stringToSign}'\n`,
    );
    expect(described.value.canonicalRequest.split("\n").slice(0, 2)).toEqual(["GET", "/v1/other"]);
  });

  test("refuses an upper-case hex signature (AWS compares the lower-case hex)", async () => {
    const request = withAuthorization(await signed(), (a) => a.replace(/Signature=(\w+)/, (_m, s: string) => `Signature=${s.toUpperCase()}`));
    expect(failureOf(verifyAt(request)).errorType).toBe("InvalidSignatureException");
  });

  test("uses the Date header when there is no X-Amz-Date", () => {
    // Signed by hand, independently of the verifier's modules.
    const date = "Wed, 01 May 2024 10:00:00 GMT";
    const canonical = `GET\n/v1/items\n\ndate:${date}\nhost:${HOST}\n\ndate;host\n${sha256("")}`;
    const toSign = `AWS4-HMAC-SHA256\n20240501T100000Z\n20240501/us-east-1/execute-api/aws4_request\n${sha256(canonical)}`;
    let key: Buffer = hmac(`AWS4${DEFAULT_LOCAL_CREDENTIAL.secretAccessKey}`, "20240501");
    for (const part of ["us-east-1", "execute-api", "aws4_request"]) key = hmac(key, part);
    const signature = hmac(key, toSign).toString("hex");
    const request = unsigned({
      date,
      authorization: `AWS4-HMAC-SHA256 Credential=AKIDLOCALPLAYGROUND/20240501/us-east-1/execute-api/aws4_request, SignedHeaders=date;host, Signature=${signature}`,
    });
    expect(verifyAt(request).ok).toBe(true);
  });
});

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data).digest();
}
