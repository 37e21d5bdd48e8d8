import { createLocalCredentialStore } from "../credentials/local-credential-store";
import type { AuthorizeRequest, AuthorizeResult, CallerIdentity, LocalCredential } from "../types";
import { loadSuite, notApplicableReason, type SuiteCase, suiteCredential } from "./test-support/sigv4-suite";
import { type VerifySignatureOptions, verifySignature } from "./verify-signature";

/*
 * Every applicable conformance case, altered after signing, must be refused with the
 * failure API Gateway gives for that alteration.
 */

const MISMATCH = /^The request signature we calculated does not match the signature you provided\./;
const FIVE_MINUTES = 5 * 60_000;

const applicable = loadSuite().filter((testCase) => notApplicableReason(testCase) === undefined);

interface Tamper {
  name: string;
  /** Changes the request, the verifier's options, or both. */
  apply(testCase: SuiteCase, request: AuthorizeRequest, options: VerifySignatureOptions): void;
  expected: { responseType: string; errorType: string; message: string | RegExp };
  /** Only for some cases (e.g. those carrying a session token). */
  appliesTo?(testCase: SuiteCase): boolean;
}

const mismatch = { responseType: "INVALID_SIGNATURE", errorType: "InvalidSignatureException", message: MISMATCH };

const tampers: Tamper[] = [
  {
    name: "a changed body",
    apply: (_c, request) => {
      request.body = new TextEncoder().encode("tampered");
    },
    expected: mismatch,
  },
  {
    name: "a changed signed header (host)",
    apply: (_c, request) => {
      request.headers.host = "evil.example.com";
    },
    expected: mismatch,
  },
  {
    name: "a header added to the signed headers",
    apply: (testCase, request) => {
      request.headers["a-added"] = "1";
      if (testCase.form === "header") {
        request.headers.authorization = String(request.headers.authorization).replace("SignedHeaders=", "SignedHeaders=a-added;");
      } else {
        request.rawQuery = request.rawQuery.replace("X-Amz-SignedHeaders=", "X-Amz-SignedHeaders=a-added%3B");
      }
    },
    expected: mismatch,
  },
  {
    name: "a changed path",
    apply: (_c, request) => {
      request.rawPath = `${request.rawPath}tampered`;
    },
    expected: mismatch,
  },
  {
    name: "an added query parameter",
    apply: (_c, request) => {
      request.rawQuery = request.rawQuery === "" ? "tampered=1" : `${request.rawQuery}&tampered=1`;
    },
    expected: mismatch,
  },
  {
    name: "a date moved by one second (inside the clock-skew window)",
    apply: (testCase, request) => {
      if (testCase.form === "header") request.headers["x-amz-date"] = "20150830T123601Z";
      else request.rawQuery = request.rawQuery.replace("X-Amz-Date=20150830T123600Z", "X-Amz-Date=20150830T123601Z");
    },
    expected: mismatch,
  },
  {
    name: "a request verified more than 5 minutes after it was signed",
    apply: (_c, _r, options) => {
      options.now = new Date(options.now!.getTime() + FIVE_MINUTES + 1000);
    },
    expected: {
      responseType: "EXPIRED_TOKEN",
      errorType: "InvalidSignatureException",
      message: "Signature expired: 20150830T123600Z is now earlier than 20150830T123601Z (20150830T124101Z - 5 min.)",
    },
  },
  {
    name: "a request verified more than 5 minutes before its date",
    apply: (_c, _r, options) => {
      options.now = new Date(options.now!.getTime() - FIVE_MINUTES - 1000);
    },
    expected: {
      responseType: "EXPIRED_TOKEN",
      errorType: "InvalidSignatureException",
      message: "Signature not yet current: 20150830T123600Z is still later than 20150830T123559Z (20150830T123059Z + 5 min.)",
    },
  },
  {
    name: "a wrong secret",
    apply: (testCase, _r, options) => {
      options.credentials = createLocalCredentialStore([{ ...suiteCredential(testCase), secretAccessKey: "wrong" }]);
    },
    expected: mismatch,
  },
  {
    name: "an unknown access key",
    apply: (_c, _r, options) => {
      options.credentials = createLocalCredentialStore([{ accessKeyId: "AKIDOTHER", secretAccessKey: "x" }]);
    },
    expected: {
      responseType: "ACCESS_DENIED",
      errorType: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
    },
  },
  {
    name: "a credential scoped to another service",
    apply: (_c, _r, options) => {
      options.service = "execute-api";
    },
    expected: {
      responseType: "INVALID_SIGNATURE",
      errorType: "InvalidSignatureException",
      message: "Credential should be scoped to correct service: 'execute-api'. ",
    },
  },
  {
    name: "a credential scoped to another region",
    apply: (_c, _r, options) => {
      options.region = "eu-west-1";
    },
    expected: {
      responseType: "INVALID_SIGNATURE",
      errorType: "InvalidSignatureException",
      message: "Credential should be scoped to a valid region. ",
    },
  },
  {
    name: "a session token that is not the credential's",
    appliesTo: (testCase) => testCase.context.credentials.token !== undefined,
    apply: (testCase, _r, options) => {
      options.credentials = createLocalCredentialStore([{ ...suiteCredential(testCase), sessionToken: "another-token" }]);
    },
    expected: {
      responseType: "ACCESS_DENIED",
      errorType: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
    },
  },
  {
    name: "a session token sent for a long-term key",
    appliesTo: (testCase) => testCase.context.credentials.token !== undefined,
    apply: (testCase, _r, options) => {
      const { sessionToken: _dropped, ...longTerm } = suiteCredential(testCase);
      options.credentials = createLocalCredentialStore([longTerm as LocalCredential]);
    },
    expected: {
      responseType: "ACCESS_DENIED",
      errorType: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
    },
  },
];

function verifyTampered(testCase: SuiteCase, tamper: Tamper): AuthorizeResult<CallerIdentity> {
  const request: AuthorizeRequest = structuredClone(testCase.signedRequest);
  const options: VerifySignatureOptions = {
    region: testCase.context.region,
    service: testCase.context.service,
    credentials: createLocalCredentialStore([suiteCredential(testCase)]),
    now: new Date(testCase.context.timestamp),
  };
  tamper.apply(testCase, request, options);
  return verifySignature(request, options);
}

describe.each(applicable.map((testCase) => [`${testCase.name} (${testCase.form})`, testCase] as const))(
  "%s",
  (_label, testCase) => {
    const relevant = tampers.filter((tamper) => tamper.appliesTo?.(testCase) ?? true);
    test.each(relevant.map((tamper) => [tamper.name, tamper] as const))("rejects %s", (_name, tamper) => {
      const result = verifyTampered(testCase, tamper);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.failure).toMatchObject({
        statusCode: 403,
        responseType: tamper.expected.responseType,
        errorType: tamper.expected.errorType,
      });
      if (typeof tamper.expected.message === "string") expect(result.failure.message).toBe(tamper.expected.message);
      else expect(result.failure.message).toMatch(tamper.expected.message);
    });
  },
);
