import { createHmac } from "node:crypto";

/** Derived keys kept at most; a local gateway sees few (secret, day, region, service) tuples. */
const MAX_CACHED_KEYS = 256;

/**
 * Derives SigV4 signing keys (`kSigning = HMAC(HMAC(HMAC(HMAC("AWS4"+secret, date), region), service), "aws4_request")`)
 * and caches them: the four HMACs change only once a day per credential, while every
 * signed request needs the key.
 */
export class SigningKeyCache {
  readonly #keys = new Map<string, Buffer>();

  /** The signing key for a secret on a day (`YYYYMMDD`) in a region for a service. */
  get(secret: string, date: string, region: string, service: string): Buffer {
    const cacheKey = `${date}\n${region}\n${service}\n${secret}`;
    let key = this.#keys.get(cacheKey);
    if (key === undefined) {
      key = deriveSigningKey(secret, date, region, service);
      // Dropping everything when full is enough: keys change daily, so old ones are dead weight.
      if (this.#keys.size >= MAX_CACHED_KEYS) this.#keys.clear();
      this.#keys.set(cacheKey, key);
    }
    return key;
  }
}

/** `kSigning`, uncached. */
export function deriveSigningKey(secret: string, date: string, region: string, service: string): Buffer {
  const kDate = hmac(`AWS4${secret}`, date);
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, service);
  return hmac(kService, "aws4_request");
}

/** HMAC-SHA256. */
export function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}
