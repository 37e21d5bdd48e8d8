import type { Readable } from "node:stream";
import { InvalidInputError } from "../errors/InvalidInputError";

/** API Gateway's payload limit for REST APIs: 10 MB (API Gateway quotas). */
export const maxPayloadBytes = 10 * 1024 * 1024;

/**
 * Read a stream body into one Buffer, once, so it can be hashed for the signature and
 * sent again on a retry. execute-api computes the payload hash itself and has no
 * UNSIGNED-PAYLOAD mode (that is S3's), so the bytes must be known before signing; the
 * 10 MB limit keeps that bounded.
 */
export async function bufferBody(stream: Readable, limit = maxPayloadBytes): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes: Uint8Array = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Uint8Array);
    size += bytes.byteLength;
    if (size > limit) {
      stream.destroy();
      throw new InvalidInputError(
        `The request body stream is larger than API Gateway's ${limit}-byte payload limit: send smaller parts.`,
      );
    }
    chunks.push(bytes);
  }
  // A single chunk is used as is: the body is held in memory once.
  return chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, size);
}
