import { decodeAwsChunked } from "./decodeAwsChunked";

const frame = (chunks: Buffer[], signed = true) =>
  Buffer.concat([
    ...chunks.flatMap((chunk) => [Buffer.from(`${chunk.length.toString(16)}${signed ? ";chunk-signature=abc" : ""}\r\n`), chunk, Buffer.from("\r\n")]),
    Buffer.from(`0${signed ? ";chunk-signature=abc" : ""}\r\n`),
    Buffer.from("x-amz-checksum-crc32:AAAAAA==\r\n\r\n"),
  ]);

describe("decodeAwsChunked", () => {
  it("joins the chunks of a signed streaming body", () => {
    const a = Buffer.from([0, 1, 2, 13, 10, 255]);
    const b = Buffer.alloc(70_000, 7);
    expect(decodeAwsChunked(frame([a, b]))?.equals(Buffer.concat([a, b]))).toBe(true);
  });

  it("reads unsigned chunks with trailers", () => {
    expect(decodeAwsChunked(frame([Buffer.from("hello")], false))?.toString()).toBe("hello");
  });

  it("answers undefined for broken framing", () => {
    expect(decodeAwsChunked(Buffer.from("zz\r\nhello"))).toBeUndefined();
    expect(decodeAwsChunked(Buffer.from("10\r\nshort\r\n"))).toBeUndefined();
  });
});
