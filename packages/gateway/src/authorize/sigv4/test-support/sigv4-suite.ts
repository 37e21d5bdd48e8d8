import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { AuthorizeRequest, LocalCredential } from "../../types";

/** The official SigV4 conformance cases (Apache-2.0): `<repo>/../shared/fixtures/aws-sigv4-test-suite`; CI clones the repo with shared/ beside it. */
export const SUITE_DIR = resolve(__dirname, "../../../../../../../shared/fixtures/aws-sigv4-test-suite");

/** One case of the suite, in one of its two signing forms. */
export interface SuiteCase {
  name: string;
  form: "header" | "query";
  context: {
    credentials: { access_key_id: string; secret_access_key: string; token?: string };
    region: string;
    service: string;
    timestamp: string;
    normalize: boolean;
    sign_body: boolean;
    omit_session_token?: boolean;
  };
  signedRequest: AuthorizeRequest;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
}

/** Every case folder, sorted, each in header and query form. */
export function loadSuite(): SuiteCase[] {
  if (!existsSync(SUITE_DIR)) throw new Error(`SigV4 test suite not found at ${SUITE_DIR}: shared/ must sit beside the repository`);
  const names = readdirSync(SUITE_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return names.flatMap((name) => (["header", "query"] as const).map((form) => loadCase(name, form)));
}

function loadCase(name: string, form: "header" | "query"): SuiteCase {
  const read = (file: string) => readFileSync(join(SUITE_DIR, name, file), "utf8");
  return {
    name,
    form,
    context: JSON.parse(read("context.json")),
    signedRequest: parseHttpRequest(read(`${form}-signed-request.txt`)),
    canonicalRequest: read(`${form}-canonical-request.txt`),
    stringToSign: read(`${form}-string-to-sign.txt`),
    signature: read(`${form}-signature.txt`).trim(),
  };
}

/**
 * Why a suite case does not apply to execute-api, or undefined when it must verify.
 * Unnormalized cases are S3 rules (the path is signed as sent); they only differ from
 * execute-api's rules when the path has something to normalise (`get-space-unnormalized`
 * has not, so it applies).
 */
export function notApplicableReason(testCase: SuiteCase): string | undefined {
  const normalisable = /(^|\/)\.\.?(\/|$)|\/\//.test(testCase.signedRequest.rawPath);
  if (!testCase.context.normalize && normalisable) {
    return "S3 rules: the path is signed as sent, without removing `.`/`..` or `//`; execute-api normalises the path";
  }
  if (testCase.name === "post-sts-header-after" && testCase.form === "query") {
    return (
      "the session token was appended to the URL after signing (the signer's omit_session_token option); " +
      "a server canonicalises every query parameter but X-Amz-Signature, so no AWS service can verify this URL"
    );
  }
  return undefined;
}

/** The credential a case was signed with, as a local credential. */
export function suiteCredential(testCase: SuiteCase): LocalCredential {
  const { access_key_id, secret_access_key, token } = testCase.context.credentials;
  return { accessKeyId: access_key_id, secretAccessKey: secret_access_key, ...(token ? { sessionToken: token } : {}) };
}

/**
 * Parses a raw HTTP/1.1 request as the suite writes it (LF line ends, `Name:value`
 * headers, folded continuation lines) into what the gateway's socket layer hands the
 * authorize stage. The request target may contain spaces and raw UTF-8.
 */
export function parseHttpRequest(text: string): AuthorizeRequest {
  const headEnd = text.indexOf("\n\n");
  const head = headEnd === -1 ? text : text.slice(0, headEnd);
  const body = headEnd === -1 ? "" : text.slice(headEnd + 2);
  const [requestLine = "", ...headerLines] = head.split("\n");
  const method = requestLine.slice(0, requestLine.indexOf(" "));
  const target = requestLine.slice(method.length + 1, requestLine.lastIndexOf(" "));
  const queryStart = target.indexOf("?");
  const headers: Record<string, string | string[]> = {};
  let last: string | undefined;
  for (const line of headerLines) {
    if (/^\s/.test(line) && last !== undefined) {
      // obs-fold: a proxy replaces the line break with a space (RFC 7230 §3.2.4).
      const current = headers[last]!;
      if (Array.isArray(current)) current[current.length - 1] += ` ${line.trim()}`;
      else headers[last] = `${current} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1).trim();
    const existing = headers[name];
    headers[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    last = name;
  }
  return {
    method,
    rawPath: queryStart === -1 ? target : target.slice(0, queryStart),
    rawQuery: queryStart === -1 ? "" : target.slice(queryStart + 1),
    headers,
    body: new TextEncoder().encode(body),
  };
}
