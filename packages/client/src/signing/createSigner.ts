import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentity, ChecksumConstructor, HttpRequest, Provider } from "@smithy/types";
import { Sha256 } from "./sha256";

export interface SignerInit {
  /** Signing name: `execute-api` for the APIs, `cloudformation` for DescribeStacks. */
  service: string;
  region: string;
  credentials: Provider<AwsCredentialIdentity>;
  /** @default the node:crypto hash, or sha256-js where node:crypto is absent */
  sha256?: ChecksumConstructor;
  /**
   * Add and sign `x-amz-content-sha256`. execute-api and CloudFormation hash the body
   * themselves and do not need it (S3 and Glacier do), so the client leaves it off.
   * @default false
   */
  applyChecksum?: boolean;
}

/**
 * The SigV4 signer the client uses. `uriEscapePath: true` (the signer's default) encodes
 * the already-encoded request path once more: every service but S3 expects each path
 * segment URI-encoded twice in the canonical request (SigV4 docs, "Create a canonical
 * request"), and normalises `.`/`..`/empty segments, which S3 alone does not.
 */
export function createSigner(init: SignerInit): SignatureV4 {
  return new SignatureV4({
    service: init.service,
    region: init.region,
    credentials: init.credentials,
    sha256: init.sha256 ?? Sha256,
    uriEscapePath: true,
    applyChecksum: init.applyChecksum ?? false,
  });
}

/** What the signer needs from a request; the path is the encoded one sent on the wire. */
export type SignableRequest = HttpRequest;
