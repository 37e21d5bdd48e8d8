import { randomBytes } from "node:crypto";
import { type AwsStack, startAwsStack } from "./helpers/aws-stack";

// templates/s3 served against the local S3: binary objects byte-exact, keys with slashes, listing.

let stack: AwsStack;
let bucket: string;
beforeAll(async () => {
  stack = await startAwsStack("s3", { services: ["s3"] });
  bucket = stack.template.resources.Bucket!.physicalId;
});
afterAll(() => stack.stop());

const cases: [string, number][] = [
  ["image/png", 0],
  ["image/png", 1],
  ["application/octet-stream", 1000],
  ["image/png", 65_543],
  ["application/octet-stream", 1_048_579],
  ["image/png", 5 * 1024 * 1024],
];

describe("templates/s3 against the local S3", () => {
  for (const [contentType, size] of cases) {
    it(`round-trips ${size} random bytes of ${contentType} byte for byte`, async () => {
      const bytes = randomBytes(size);
      const key = `binary/${size}.bin`;
      const put = await stack.call("PUT", `/objects/${key}`, { headers: { "content-type": contentType }, body: bytes });
      expect(put.status).toBe(200);
      expect(put.json()).toEqual({ key });
      expect(put.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);

      const get = await stack.call("GET", `/objects/${key}`, { headers: { accept: `${contentType}, application/json;q=0.5` } });
      expect(get.status).toBe(200);
      expect(get.headers["content-type"]).toBe(contentType);
      expect(get.body.length).toBe(size);
      expect(Buffer.compare(get.body, bytes)).toBe(0);
    });
  }

  it("base64-encodes a binary object when the first Accept type is not binary (content type conversion table)", async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    await stack.call("PUT", "/objects/b64.bin", { headers: { "content-type": "application/octet-stream" }, body: bytes });
    const get = await stack.call("GET", "/objects/b64.bin", { headers: { accept: "application/json" } });
    expect(get.status).toBe(200);
    expect(get.text).toBe(bytes.toString("base64"));
  });

  it("sends a greedy key's slashes as %2F, which S3 stores as a key with slashes", async () => {
    const put = await stack.call("PUT", "/objects/photos/2024/summer%20trip/a+b.txt", { headers: { "content-type": "text/plain" }, body: "hello" });
    expect(put.status).toBe(200);
    const received = await stack.backends.backends.s3!.waitForReceived((r) => r.action === "PutObject" && (r.input as { key: string }).key.startsWith("photos/"));
    expect(received.input).toMatchObject({ bucket, key: "photos/2024/summer trip/a+b.txt", size: 5, contentType: "text/plain" });
    const get = await stack.call("GET", "/objects/photos/2024/summer%20trip/a+b.txt", { headers: { accept: "text/plain" } });
    expect(get.text).toBe("hello");
  });

  it("lists objects under a prefix as JSON (ListObjectsV2's XML read by the template)", async () => {
    for (const name of ["list/a.txt", "list/b & c.txt", "other/x.txt"]) {
      await stack.call("PUT", `/objects/${name.split("/").map(encodeURIComponent).join("/")}`, { headers: { "content-type": "text/plain" }, body: name });
    }
    const res = await stack.call("GET", "/objects?prefix=list%2F");
    expect(res.status).toBe(200);
    const list = res.json<{ objects: { key: string; size: number; etag: string }[]; isTruncated: boolean }>();
    expect(list.isTruncated).toBe(false);
    expect(list.objects.map((o) => o.key)).toEqual(["list/a.txt", "list/b & c.txt"]);
    expect(list.objects[1]!.size).toBe("list/b & c.txt".length);
  });

  it("answers 404 for a missing key: the GET role may also s3:ListBucket", async () => {
    const res = await stack.call("GET", "/objects/no/such/key.png");
    expect(res.status).toBe(404);
    expect(res.json()).toEqual({ message: "Object no/such/key.png not found" });
  });

  it("answers the 404 as JSON text when the caller asks for a binary type (CONVERT_TO_TEXT on the error response)", async () => {
    const res = await stack.call("GET", "/objects/no/such/photo.png", { headers: { accept: "image/png" } });
    expect(res.status).toBe(404);
    expect(res.json()).toEqual({ message: "Object no/such/photo.png not found" });
  });

  it("deletes an object (204), after which reading it is a 404", async () => {
    await stack.call("PUT", "/objects/to-delete.txt", { headers: { "content-type": "text/plain" }, body: "bye" });
    const del = await stack.call("DELETE", "/objects/to-delete.txt");
    expect(del.status).toBe(204);
    expect((await stack.call("GET", "/objects/to-delete.txt")).status).toBe(404);
  });
});
