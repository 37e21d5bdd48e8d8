import { SignatureV4 } from "@smithy/signature-v4";
import { NodeSha256, sha256Hex } from "./node-sha256";

/** Credentials an AWS integration request is signed with. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** A request about to go to an AWS service, as it will be sent. */
export interface OutgoingRequest {
  method: string;
  /** Scheme, host and port. */
  origin: URL;
  /** The path as sent (already percent-encoded). */
  path: string;
  /** Query parameters (decoded), in order. */
  query: readonly [string, string][];
  /** Lower-case names, one value each; must include `host`. */
  headers: Record<string, string>;
  body: Buffer;
}

/** How to sign: the credential scope and who signs. */
export interface SigningScope {
  /** SigV4 signing name: `dynamodb`, `s3`, `sns`, `sqs`, `events`, `states`. */
  service: string;
  region: string;
  credentials: AwsCredentials;
  date: Date;
}

/** Signs requests; returns the headers to send (the request's own plus `authorization`, `x-amz-date`, …). */
export type RequestSigner = (request: OutgoingRequest, scope: SigningScope) => Promise<Record<string, string>>;

const MAX_CACHED_SIGNERS = 256;

/**
 * A SigV4 signer on `@smithy/signature-v4` with node:crypto SHA-256. One SignatureV4 per service and
 * credentials is kept (it caches its signing keys per day and region).
 *
 * S3 is signed as the SDKs sign it: the path is not encoded a second time, and the payload's
 * SHA-256 goes in `x-amz-content-sha256` (never `UNSIGNED-PAYLOAD`: the body is in memory anyway).
 * Other services get the double-encoded canonical path SigV4 prescribes and no checksum header.
 */
export function createRequestSigner(): RequestSigner {
  const signers = new Map<string, SignatureV4>();
  const signerFor = (service: string, credentials: AwsCredentials): SignatureV4 => {
    const key = `${service}\n${credentials.accessKeyId}\n${credentials.secretAccessKey}\n${credentials.sessionToken ?? ""}`;
    let signer = signers.get(key);
    if (signer === undefined) {
      if (signers.size >= MAX_CACHED_SIGNERS) signers.clear();
      const s3 = service === "s3";
      signer = new SignatureV4({
        service,
        region: "us-east-1",
        credentials: { ...credentials },
        sha256: NodeSha256,
        uriEscapePath: !s3,
        applyChecksum: s3,
      });
      signers.set(key, signer);
    }
    return signer;
  };

  return async (request, scope) => {
    const headers = { ...request.headers };
    if (scope.service === "s3") headers["x-amz-content-sha256"] = sha256Hex(request.body);
    const query: Record<string, string | string[]> = {};
    for (const [name, value] of request.query) {
      const existing = query[name];
      query[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    const signed = await signerFor(scope.service, scope.credentials).sign(
      {
        method: request.method,
        protocol: request.origin.protocol,
        hostname: request.origin.hostname,
        ...(request.origin.port === "" ? {} : { port: Number(request.origin.port) }),
        path: request.path,
        query,
        headers,
        body: request.body,
      },
      { signingDate: scope.date, signingRegion: scope.region, signingService: scope.service },
    );
    return signed.headers as Record<string, string>;
  };
}
