import { createLocalCredentialStore } from "../credentials/local-credential-store";
import { loadSuite, notApplicableReason, suiteCredential } from "./test-support/sigv4-suite";
import { describeSignature, verifySignature } from "./verify-signature";

const suite = loadSuite();
const applicable = suite.filter((testCase) => notApplicableReason(testCase) === undefined);
const excluded = suite.filter((testCase) => notApplicableReason(testCase) !== undefined);

describe("AWS SigV4 test suite", () => {
  test("covers every case folder in both forms", () => {
    expect(suite.length).toBe(2 * 38);
    // Six unnormalized S3-style cases in both forms, and one presigned URL no server can verify.
    expect(excluded).toHaveLength(13);
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
      test(`is excluded: ${notApplicableReason(testCase)}`, () => {
        // The exclusion is real: our (execute-api) canonical request differs from the case's.
        const described = describeSignature(testCase.signedRequest);
        expect(described.ok && described.value.canonicalRequest).not.toBe(testCase.canonicalRequest);
      });
    },
  );
});
