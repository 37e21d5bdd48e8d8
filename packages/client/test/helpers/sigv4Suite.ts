import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Loader for the official SigV4 test suite kept as data in shared/fixtures (one folder
 * per case: request.txt, context.json and the expected header-signing results).
 */

export interface SuiteContext {
  credentials: { access_key_id: string; secret_access_key: string; token?: string };
  region: string;
  service: string;
  timestamp: string;
  /** false: S3 rules (no path normalisation, single encoding). */
  normalize: boolean;
  /** true: the signer adds and signs x-amz-content-sha256. */
  sign_body: boolean;
  /** true: the session token is added after signing, unsigned. */
  omit_session_token?: boolean;
}

export interface SuiteRequest {
  method: string;
  /** The path exactly as written in the request line, before `?`. */
  path: string;
  /** The query exactly as written, without `?` ("" when none). */
  query: string;
  /** In order; folded lines joined with "\n" as written. */
  headers: Array<[string, string]>;
  body: string;
}

export interface SuiteCase {
  name: string;
  context: SuiteContext;
  request: SuiteRequest;
  expected: { canonicalRequest: string; stringToSign: string; signature: string; authorization: string };
}

/** `<repo>/../shared/fixtures/aws-sigv4-test-suite`: CI clones the repo with shared/ beside it. */
function suiteDir(): string {
  const dir = path.resolve(__dirname, "../../../../../shared/fixtures/aws-sigv4-test-suite");
  if (!existsSync(dir)) throw new Error(`SigV4 test suite not found at ${dir}: shared/ must sit beside the repository`);
  return dir;
}

function parseRequest(text: string): SuiteRequest {
  const lines = text.split("\n");
  const requestLine = lines.shift() ?? "";
  const match = /^(\S+) (.*) HTTP\/1\.1$/.exec(requestLine);
  if (!match) throw new Error(`not a request line: ${requestLine}`);
  const [, method = "", target = ""] = match;
  const queryAt = target.indexOf("?");
  const headers: Array<[string, string]> = [];
  let line = lines.shift();
  while (line !== undefined && line !== "") {
    const last = headers.at(-1);
    if (/^[ \t]/.test(line) && last) {
      last[1] += `\n${line}`;
    } else {
      const colon = line.indexOf(":");
      headers.push([line.slice(0, colon), line.slice(colon + 1)]);
    }
    line = lines.shift();
  }
  return {
    method,
    path: queryAt === -1 ? target : target.slice(0, queryAt),
    query: queryAt === -1 ? "" : target.slice(queryAt + 1),
    headers,
    body: lines.join("\n"),
  };
}

export function loadSuite(): SuiteCase[] {
  const dir = suiteDir();
  const read = (name: string, file: string) => readFileSync(path.join(dir, name, file), "utf8");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      context: JSON.parse(read(name, "context.json")) as SuiteContext,
      request: parseRequest(read(name, "request.txt")),
      expected: {
        canonicalRequest: read(name, "header-canonical-request.txt"),
        stringToSign: read(name, "header-string-to-sign.txt"),
        signature: read(name, "header-signature.txt").trim(),
        authorization: authorizationOf(read(name, "header-signed-request.txt")),
      },
    }));
}

function authorizationOf(signedRequest: string): string {
  const line = signedRequest.split("\n").find((l) => l.toLowerCase().startsWith("authorization:"));
  if (!line) throw new Error("signed request without Authorization");
  return line.slice("authorization:".length);
}

/** Why a case does not apply to the client, or undefined when it does. */
export function exclusionReason(context: SuiteContext): string | undefined {
  if (!context.normalize) {
    return "S3 rule (path neither normalised nor double-encoded); execute-api and CloudFormation use the normalising, double-encoding path";
  }
  if (context.omit_session_token) {
    return "adds x-amz-security-token after signing, unsigned; @smithy/signature-v4 always signs the token and the client keeps that (API Gateway accepts a signed token)";
  }
  return undefined;
}
