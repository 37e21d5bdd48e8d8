import { Sha256 as JsSha256 } from "@aws-crypto/sha256-js";
import type { Checksum, ChecksumConstructor, SourceData } from "@smithy/types";
import type { Hash, Hmac } from "node:crypto";

// process.getBuiltinModule (Node >= 20.16) finds node:crypto without a static
// import, so a bundle for a runtime without it still loads and falls back.
const nodeCrypto = globalThis.process?.getBuiltinModule?.("node:crypto");

function toBinary(data: SourceData): string | Uint8Array {
  if (typeof data === "string") return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/**
 * SHA-256 (or HMAC-SHA256 when given a secret) on node:crypto, in the shape
 * `@smithy/signature-v4` expects. Many times faster than the pure-JS hash on
 * large bodies (numbers in the package README).
 */
export class NodeSha256 implements Checksum {
  private hash: Hash | Hmac;

  constructor(private readonly secret?: SourceData) {
    this.hash = this.create();
  }

  update(data: Uint8Array): void {
    this.hash.update(data);
  }

  async digest(): Promise<Uint8Array> {
    return this.hash.digest();
  }

  reset(): void {
    this.hash = this.create();
  }

  private create(): Hash | Hmac {
    if (!nodeCrypto) throw new Error("node:crypto is not available in this runtime");
    return this.secret === undefined ? nodeCrypto.createHash("sha256") : nodeCrypto.createHmac("sha256", toBinary(this.secret));
  }
}

export { JsSha256 };

/** The hash the signer uses: node:crypto where it exists, `@aws-crypto/sha256-js` elsewhere. */
export const Sha256: ChecksumConstructor = nodeCrypto ? NodeSha256 : JsSha256;
