import { Readable } from "node:stream";
import { InvalidInputError } from "../errors/InvalidInputError";
import { bufferBody } from "./bufferBody";

describe("bufferBody", () => {
  test("joins the chunks of a stream, strings included", async () => {
    const bytes = await bufferBody(Readable.from([Buffer.from([1, 2]), "é", new Uint8Array([3])]));
    expect(Buffer.from(bytes)).toEqual(Buffer.from([1, 2, 0xc3, 0xa9, 3]));
  });

  test("keeps a single chunk as it is, without a copy", async () => {
    const chunk = Buffer.from("one");
    expect(await bufferBody(Readable.from([chunk]))).toBe(chunk);
  });

  test("stops reading and destroys the stream past the limit", async () => {
    const stream = Readable.from([Buffer.alloc(6), Buffer.alloc(6), Buffer.alloc(6)]);
    await expect(bufferBody(stream, 10)).rejects.toThrow(InvalidInputError);
    expect(stream.destroyed).toBe(true);
  });
});
