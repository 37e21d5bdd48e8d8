import { randomBytes } from "node:crypto";
import { JsSha256, NodeSha256, Sha256 } from "./sha256";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

async function digest(Ctor: typeof NodeSha256 | typeof JsSha256, data: Uint8Array, secret?: string) {
  const hash = new Ctor(secret);
  hash.update(data);
  return hex(await hash.digest());
}

describe("NodeSha256", () => {
  test("is the hash the signer uses on Node", () => {
    expect(Sha256).toBe(NodeSha256);
  });

  test("hashes the empty string to the SigV4 empty-payload hash", async () => {
    expect(await digest(NodeSha256, new Uint8Array())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  test("computes HMAC-SHA256 with a secret (RFC 4231 test case 2)", async () => {
    expect(await digest(NodeSha256, Buffer.from("what do ya want for nothing?"), "Jefe")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  test("agrees with @aws-crypto/sha256-js on random data, keyed and not", async () => {
    const data = randomBytes(100_000);
    expect(await digest(NodeSha256, data)).toBe(await digest(JsSha256, data));
    expect(await digest(NodeSha256, data, "k€y")).toBe(await digest(JsSha256, data, "k€y"));
  });

  test("accepts a binary key and starts over after reset()", async () => {
    const key = new Uint8Array([1, 2, 3]);
    const hash = new NodeSha256(key);
    hash.update(Buffer.from("ignored"));
    hash.reset();
    hash.update(Buffer.from("data"));
    const js = new JsSha256(key);
    js.update(Buffer.from("data"));
    expect(hex(await hash.digest())).toBe(hex(await js.digest()));
  });
});
