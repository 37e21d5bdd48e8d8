import {
  ALGORITHM_IDENTIFIER,
  createScope,
  getCanonicalHeaders,
  getPayloadHash,
} from "@smithy/signature-v4";
import type { HttpRequest, QueryParameterBag } from "@smithy/types";
import { exclusionReason, loadSuite, type SuiteCase } from "../../test/helpers/sigv4Suite";
import { createSigner } from "./createSigner";
import { Sha256 } from "./sha256";

// The official SigV4 suite (aws-c-auth's copy, shared/fixtures/aws-sigv4-test-suite),
// one test per case folder, signed with the signer the client builds (createSigner).
// Header signing only: the client never presigns URLs, so the query-* expectations of
// each case are not used. Cases that do not apply are listed as skipped, with the reason.
//
// One setting differs from the client's in two cases: those with `sign_body: true`
// (post-x-www-form-urlencoded*) expect x-amz-content-sha256 to be added and signed,
// which the client turns off for execute-api (applyChecksum: false); they run with
// applyChecksum on, everything else as the client has it.

function toSignable(testCase: SuiteCase): HttpRequest {
  const { request } = testCase;
  const headers: Record<string, string> = {};
  const names = new Map<string, string>();
  for (const [name, value] of request.headers) {
    // Repeated header lines become one comma-joined value (RFC 9110 5.3), which is
    // what the signer sees when a client sends a list-valued header.
    const key = names.get(name.toLowerCase()) ?? name;
    names.set(name.toLowerCase(), key);
    headers[key] = key in headers ? `${headers[key]},${value}` : value;
  }
  const host = headers[names.get("host") ?? "host"] ?? "";
  return {
    method: request.method,
    protocol: "https:",
    hostname: host,
    path: request.path,
    query: parseQuery(request.query),
    headers,
    body: request.body === "" ? undefined : request.body,
  };
}

function parseQuery(raw: string): QueryParameterBag {
  const query: Record<string, string | string[]> = {};
  for (const pair of raw.split("&").filter(Boolean)) {
    const eq = pair.indexOf("=");
    const key = decodeURIComponent(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? "" : decodeURIComponent(pair.slice(eq + 1));
    const existing = query[key];
    query[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}

const cases = loadSuite();

describe("SigV4 test suite, header signing", () => {
  test("finds the suite's cases", () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  for (const testCase of cases) {
    const reason = exclusionReason(testCase.context);
    if (reason) {
      test.skip(`${testCase.name} (not applicable: ${reason})`, () => {});
      continue;
    }
    test(`${testCase.name} yields the expected canonical request, string to sign and signature`, async () => {
      const { context, expected } = testCase;
      const credentials = {
        accessKeyId: context.credentials.access_key_id,
        secretAccessKey: context.credentials.secret_access_key,
        ...(context.credentials.token ? { sessionToken: context.credentials.token } : {}),
      };
      const signer = createSigner({
        service: context.service,
        region: context.region,
        credentials: async () => credentials,
        applyChecksum: context.sign_body,
      });
      const signingDate = new Date(context.timestamp);
      const signed = await signer.sign(toSignable(testCase), { signingDate });

      // Recompute the intermediate strings from the signed request with the signer's
      // own steps, so a failure shows which stage went wrong.
      const canonicalHeaders = getCanonicalHeaders(signed);
      const payloadHash = await getPayloadHash(signed, Sha256);
      const canonicalRequest = signer["createCanonicalRequest"](signed, canonicalHeaders, payloadHash);
      expect(canonicalRequest).toBe(expected.canonicalRequest);

      const longDate = signingDate.toISOString().replace(/[-:]|\.\d{3}/g, "");
      const scope = createScope(longDate.slice(0, 8), context.region, context.service);
      const stringToSign = await signer["createStringToSign"](longDate, scope, canonicalRequest, ALGORITHM_IDENTIFIER);
      expect(stringToSign).toBe(expected.stringToSign);

      expect(signed.headers["authorization"]).toBe(expected.authorization);
      expect(signed.headers["authorization"]).toContain(`Signature=${expected.signature}`);
    });
  }
});
