import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";

type Data = string | ArrayBuffer | ArrayBufferView;

/**
 * SHA-256 (or HMAC-SHA-256 with a secret) on node:crypto, in the `Checksum` shape
 * `@smithy/signature-v4` expects for its `sha256` option. Native hashing is several times faster
 * than the pure-JS `@aws-crypto/sha256-js` on the multi-megabyte S3 bodies the stack sends.
 */
export class NodeSha256 {
  private hash: Hash | Hmac;

  constructor(private readonly secret?: Data) {
    this.hash = NodeSha256.create(secret);
  }

  update(data: Data): void {
    this.hash.update(toBytes(data));
  }

  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }

  reset(): void {
    this.hash = NodeSha256.create(this.secret);
  }

  private static create(secret: Data | undefined): Hash | Hmac {
    return secret === undefined ? createHash("sha256") : createHmac("sha256", toBytes(secret));
  }
}

function toBytes(data: Data): Uint8Array | string {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
