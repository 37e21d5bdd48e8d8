/**
 * Decodes an `aws-chunked` body (SigV4 streaming uploads: `x-amz-content-sha256:
 * STREAMING-…`): `<hex size>[;chunk-signature=…]\r\n<bytes>\r\n` repeated, ending with a zero-size
 * chunk and optional trailing headers. Returns undefined when the framing is broken.
 */
export function decodeAwsChunked(body: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = body.indexOf("\r\n", offset);
    if (lineEnd === -1) return undefined;
    const header = body.subarray(offset, lineEnd).toString("latin1");
    const size = Number.parseInt(header.split(";", 1)[0] ?? "", 16);
    if (!Number.isInteger(size) || size < 0) return undefined;
    offset = lineEnd + 2;
    if (size === 0) return Buffer.concat(parts);
    if (offset + size > body.length) return undefined;
    parts.push(body.subarray(offset, offset + size));
    offset += size;
    if (body.subarray(offset, offset + 2).toString("latin1") !== "\r\n") return undefined;
    offset += 2;
  }
}
