import { createHash, randomBytes } from "node:crypto";
import { signedFetch } from "../testing/signedFetch";
import { type S3Backend, startS3 } from "./startS3";

let s3: S3Backend;

beforeEach(async () => {
  s3 = await startS3();
  expect((await send("PUT", "/photos")).status).toBe(200);
});

afterEach(async () => {
  await s3.stop();
});

function send(method: string, path: string, body?: Uint8Array | string, headers: Record<string, string> = {}): Promise<Response> {
  return signedFetch({ service: "s3", url: `${s3.endpoint}${path}`, method, headers, ...(body === undefined ? {} : { body }) });
}

/** A body of `size` bytes that contains every byte value (when it has room for them) in random order. */
function binaryBody(size: number): Buffer {
  const body = randomBytes(size);
  for (let i = 0; i < Math.min(256, size); i++) body[i] = i;
  return body;
}

describe("objects", () => {
  it.each([0, 1, 255, 256, 65_537, 1_048_576, 5 * 1024 * 1024])("stores and returns a %i-byte binary body byte for byte", async (size) => {
    const body = binaryBody(size);
    const put = await send("PUT", "/photos/blob.bin", body, { "content-type": "application/octet-stream" });
    expect(put.status).toBe(200);
    const get = await send("GET", "/photos/blob.bin");
    expect(get.status).toBe(200);
    const returned = Buffer.from(await get.arrayBuffer());
    expect(returned.length).toBe(size);
    expect(returned.equals(body)).toBe(true);
  });

  it("keeps the Content-Type given on upload", async () => {
    await send("PUT", "/photos/cat.png", binaryBody(300), { "content-type": "image/png" });
    const get = await send("GET", "/photos/cat.png");
    expect(get.headers.get("content-type")).toBe("image/png");
    await get.arrayBuffer();
  });

  it("stores a key sent with %2F-encoded slashes under the decoded key, as S3 does", async () => {
    await send("PUT", "/photos/a%2Fb%2Fc.png", "png", { "content-type": "image/png" });
    const byPath = await send("GET", "/photos/a/b/c.png");
    expect(byPath.status).toBe(200);
    expect(await byPath.text()).toBe("png");
    const list = await (await send("GET", "/photos?list-type=2")).text();
    expect(list).toContain("<Key>a/b/c.png</Key>");
    expect(list).not.toContain("%2F");
  });

  it("answers a missing key with 404 NoSuchKey", async () => {
    const get = await send("GET", "/photos/nope.png");
    expect(get.status).toBe(404);
    expect(await get.text()).toMatch(/<Error><Code>NoSuchKey<\/Code><Message>The specified key does not exist\.<\/Message><Key>nope\.png<\/Key><RequestId>[0-9A-F]{16}<\/RequestId><HostId>.+<\/HostId><\/Error>$/);
  });

  it("deletes an object", async () => {
    await send("PUT", "/photos/gone.txt", "x");
    expect((await send("DELETE", "/photos/gone.txt")).status).toBe(204);
    expect((await send("GET", "/photos/gone.txt")).status).toBe(404);
  });

  it("lists objects (ListObjectsV2) in S3's namespace, by prefix", async () => {
    await send("PUT", "/photos/2024/a.png", "a");
    await send("PUT", "/photos/2024/b.png", "bb");
    await send("PUT", "/photos/2025/c.png", "c");
    const response = await send("GET", "/photos?list-type=2&prefix=2024%2F");
    const xml = await response.text();
    expect(response.status).toBe(200);
    expect(xml).toContain('<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">');
    expect(xml).toContain("<KeyCount>2</KeyCount>");
    expect(xml).toContain("<Key>2024/a.png</Key>");
    expect(xml).not.toContain("2025/c.png");
  });

  it("answers a missing bucket with 404 NoSuchBucket", async () => {
    const response = await send("GET", "/nobucket/a.png");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("<Code>NoSuchBucket</Code>");
  });
});

describe("recording", () => {
  it("records PutObject and GetObject with bucket, key, size and content type", async () => {
    await send("PUT", "/photos/a%2Fb.png", binaryBody(1234), { "content-type": "image/png" });
    await (await send("GET", "/photos/a/b.png")).arrayBuffer();
    const put = await s3.waitForReceived((r) => r.action === "PutObject");
    expect(put).toMatchObject({ service: "s3", target: "photos", status: 200, input: { bucket: "photos", key: "a/b.png", size: 1234, contentType: "image/png" } });
    const get = await s3.waitForReceived((r) => r.action === "GetObject");
    expect(get).toMatchObject({ status: 200, input: { bucket: "photos", key: "a/b.png", size: 1234, contentType: "image/png" } });
  });

  it("records ListObjectsV2 and DeleteObject", async () => {
    await send("PUT", "/photos/x.txt", "x");
    await (await send("GET", "/photos?list-type=2")).text();
    await send("DELETE", "/photos/x.txt");
    expect(await s3.waitForReceived((r) => r.action === "ListObjectsV2")).toMatchObject({ input: { bucket: "photos", query: { "list-type": "2" } } });
    expect(await s3.waitForReceived((r) => r.action === "DeleteObject")).toMatchObject({ status: 204, input: { bucket: "photos", key: "x.txt" } });
  });
});

describe("credentials", () => {
  it("refuses an unsigned request with 403 AccessDenied", async () => {
    const response = await signedFetch({ service: "s3", url: `${s3.endpoint}/photos/a.png`, method: "GET", unsigned: true });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<Code>AccessDenied</Code><Message>Access Denied</Message>");
  });

  it("refuses a credential scoped to another region", async () => {
    const response = await signedFetch({ service: "s3", url: `${s3.endpoint}/photos/a.png`, method: "GET", region: "eu-west-1" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("<Code>AuthorizationHeaderMalformed</Code>");
  });
});

describe("more of the REST API", () => {
  it("answers a Range request with 206 and the slice", async () => {
    await send("PUT", "/photos/digits.txt", "0123456789");
    const response = await send("GET", "/photos/digits.txt", undefined, { range: "bytes=2-5" });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe("bytes 2-5/10");
    expect(await response.text()).toBe("2345");
    expect((await send("GET", "/photos/digits.txt", undefined, { range: "bytes=20-" })).status).toBe(416);
  });

  it("checks Content-MD5", async () => {
    const response = await send("PUT", "/photos/x.txt", "hello", { "content-md5": "AAAAAAAAAAAAAAAAAAAAAA==" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("<Code>BadDigest</Code>");
    const good = await send("PUT", "/photos/x.txt", "hello", { "content-md5": "XUFAKrxLKna5cZ2REBfFkg==" });
    expect(good.status).toBe(200);
    expect(good.headers.get("etag")).toBe('"5d41402abc4b2a76b9719d911017c592"');
  });

  it("stores the payload of an aws-chunked (streaming SigV4) upload without its framing", async () => {
    const framed = "5;chunk-signature=aa\r\nhello\r\n0;chunk-signature=bb\r\n\r\n";
    const response = await send("PUT", "/photos/streamed.txt", framed, {
      "x-amz-content-sha256": "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
      "content-encoding": "aws-chunked",
      "x-amz-decoded-content-length": "5",
      "content-type": "text/plain",
    });
    expect(response.status).toBe(200);
    const get = await send("GET", "/photos/streamed.txt");
    expect(await get.text()).toBe("hello");
    expect(get.headers.get("content-encoding")).toBeNull();
  });

  it("returns user metadata and stored headers", async () => {
    await send("PUT", "/photos/meta.txt", "m", { "x-amz-meta-owner": "ada", "cache-control": "max-age=60" });
    const head = await send("HEAD", "/photos/meta.txt");
    expect(head.status).toBe(200);
    expect(head.headers.get("x-amz-meta-owner")).toBe("ada");
    expect(head.headers.get("cache-control")).toBe("max-age=60");
    expect(head.headers.get("content-length")).toBe("1");
  });

  it("answers HEAD of a missing key with a bare 404", async () => {
    const head = await send("HEAD", "/photos/none");
    expect(head.status).toBe(404);
    expect(await head.text()).toBe("");
  });

  it("copies an object", async () => {
    await send("PUT", "/photos/src.txt", "copy me", { "content-type": "text/plain" });
    const copy = await send("PUT", "/photos/dst.txt", undefined, { "x-amz-copy-source": "/photos/src.txt" });
    expect(copy.status).toBe(200);
    expect(await copy.text()).toContain("<CopyObjectResult");
    const get = await send("GET", "/photos/dst.txt");
    expect(get.headers.get("content-type")).toBe("text/plain");
    expect(await get.text()).toBe("copy me");
  });

  it("deletes several objects with DeleteObjects", async () => {
    await send("PUT", "/photos/a", "a");
    await send("PUT", "/photos/b&c", "b");
    const body = '<?xml version="1.0"?><Delete><Object><Key>a</Key></Object><Object><Key>b&amp;c</Key></Object></Delete>';
    const response = await send("POST", "/photos?delete", body, { "content-md5": createHash("md5").update(body).digest("base64") });
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toContain("<Deleted><Key>a</Key></Deleted><Deleted><Key>b&amp;c</Key></Deleted>");
    expect(await (await send("GET", "/photos?list-type=2")).text()).toContain("<KeyCount>0</KeyCount>");
  });

  it("groups keys by delimiter and pages with continuation tokens", async () => {
    for (const key of ["2024/a", "2024/b", "2025/c", "top1", "top2"]) await send("PUT", `/photos/${key}`, "x");
    const first = await (await send("GET", "/photos?list-type=2&delimiter=%2F&max-keys=2")).text();
    expect(first).toContain("<CommonPrefixes><Prefix>2024/</Prefix></CommonPrefixes><CommonPrefixes><Prefix>2025/</Prefix></CommonPrefixes>");
    expect(first).toContain("<IsTruncated>true</IsTruncated>");
    const token = /<NextContinuationToken>(.+?)<\/NextContinuationToken>/.exec(first)?.[1] ?? "";
    const second = await (await send("GET", `/photos?list-type=2&delimiter=%2F&max-keys=2&continuation-token=${encodeURIComponent(token)}`)).text();
    expect(second).toContain("<Key>top1</Key>");
    expect(second).toContain("<Key>top2</Key>");
    expect(second).toContain("<IsTruncated>false</IsTruncated>");
  });

  it("refuses to delete a bucket that is not empty", async () => {
    await send("PUT", "/photos/a", "a");
    const response = await send("DELETE", "/photos");
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("<Code>BucketNotEmpty</Code>");
  });

  it("rejects an invalid bucket name", async () => {
    const response = await send("PUT", "/Bad_Bucket");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("<Code>InvalidBucketName</Code>");
  });

  it("lists buckets", async () => {
    const xml = await (await send("GET", "/")).text();
    expect(xml).toMatch(/<ListAllMyBucketsResult xmlns="http:\/\/s3\.amazonaws\.com\/doc\/2006-03-01\/"><Owner>.*<Buckets><Bucket><Name>photos<\/Name><CreationDate>/);
  });
});
