import { NodeSha256 } from "./sha256";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("NodeSha256", () => {
  it("hashes like SHA-256 (FIPS 180-2 example 'abc')", async () => {
    const hash = new NodeSha256();
    hash.update("abc");
    expect(hex(await hash.digest())).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("computes HMAC-SHA-256 with a secret (RFC 4231 test case 2)", async () => {
    const hmac = new NodeSha256("Jefe");
    hmac.update("what do ya want for nothing?");
    expect(hex(await hmac.digest())).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });

  it("takes data in pieces and as views into larger buffers", async () => {
    const whole = new NodeSha256();
    whole.update("hello world");
    const pieces = new NodeSha256();
    const backing = Buffer.from("xxhello worldyy");
    pieces.update(new Uint8Array(backing.buffer, backing.byteOffset + 2, 5));
    pieces.update(new TextEncoder().encode(" world").buffer);
    expect(hex(await pieces.digest())).toBe(hex(await whole.digest()));
  });

  it("starts over after reset, keeping its secret", async () => {
    const hmac = new NodeSha256("Jefe");
    hmac.update("something else");
    hmac.reset();
    hmac.update("what do ya want for nothing?");
    expect(hex(await hmac.digest())).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });
});
