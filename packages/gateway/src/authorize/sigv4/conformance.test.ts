import { createLocalCredentialStore } from "../credentials/local-credential-store";
import { loadSuite, type SuiteCase, suiteCredential } from "./test-support/sigv4-suite";
import { describeSignature, verifySignature } from "./verify-signature";

/**
 * Why a suite case does not apply to execute-api; cases not listed here must verify.
 * Keyed by `<case>/<form>`, or `<case>` for both forms.
 */
const NOT_APPLICABLE: Record<string, string> = {};
for (const testCase of loadSuite()) {
  // Unnormalized cases only differ when the path has something to normalise (`get-space-unnormalized` does not).
  const normalisable = /(^|\/)\.\.?(\/|$)|\/\//.test(testCase.signedRequest.rawPath);
  if (!testCase.context.normalize && normalisable) {
    NOT_APPLICABLE[testCase.name] =
      "S3 rules: the path is signed as sent, without removing `.`/`..` or `//`; execute-api normalises the path";
  }
}
NOT_APPLICABLE["post-sts-header-after/query"] =
  "the session token was appended to the URL after signing (the signer's omit_session_token option); " +
  "a server canonicalises every query parameter but X-Amz-Signature, so no AWS service can verify this URL";

const suite = loadSuite();

function reasonNotApplicable(testCase: SuiteCase): string | undefined {
  return NOT_APPLICABLE[`${testCase.name}/${testCase.form}`] ?? NOT_APPLICABLE[testCase.name];
}

const applicable = suite.filter((testCase) => reasonNotApplicable(testCase) === undefined);
const excluded = suite.filter((testCase) => reasonNotApplicable(testCase) !== undefined);

describe("AWS SigV4 test suite", () => {
  test("covers every case folder in both forms", () => {
    expect(suite.length).toBe(2 * 38);
    expect(applicable.length).toBe(suite.length - excluded.length);
  });

  describe.each(applicable.map((testCase) => [`${testCase.name} (${testCase.form})`, testCase] as const))(
    "%s",
    (_label, testCase) => {
      test("computes the case's canonical request and string to sign", () => {
        const described = describeSignature(testCase.signedRequest);
        expect(described).toEqual({
          ok: true,
          value: { canonicalRequest: testCase.canonicalRequest, stringToSign: testCase.stringToSign },
        });
      });

      test("accepts the signed request at the case's time", () => {
        const result = verifySignature(testCase.signedRequest, {
          region: testCase.context.region,
          service: testCase.context.service,
          credentials: createLocalCredentialStore([suiteCredential(testCase)]),
          now: new Date(testCase.context.timestamp),
        });
        expect(result).toEqual({ ok: true, value: expect.objectContaining({ accessKey: "AKIDEXAMPLE" }) });
      });
    },
  );

  describe.each(excluded.map((testCase) => [`${testCase.name} (${testCase.form})`, testCase] as const))(
    "%s does not apply",
    (_label, testCase) => {
      test(`is excluded: ${reasonNotApplicable(testCase)}`, () => {
        // The exclusion is real: our (execute-api) canonical request differs from the case's.
        const described = describeSignature(testCase.signedRequest);
        expect(described.ok && described.value.canonicalRequest).not.toBe(testCase.canonicalRequest);
      });
    },
  );
});
