import { listObjects, type S3Bucket } from "./S3Store";

function bucketWith(keys: string[]): S3Bucket {
  const objects = new Map(keys.map((key) => [key, { key, body: Buffer.alloc(0), contentType: "text/plain", etag: '""', lastModified: new Date(0), headers: {} }]));
  return { name: "b", createdAt: new Date(0), objects };
}

const keysOf = (page: ReturnType<typeof listObjects>) => page.contents.map((o) => o.key);

describe("listObjects", () => {
  const bucket = bucketWith(["photos/2024/a.png", "photos/2024/b.png", "photos/2025/c.png", "photos/top.png", "readme.txt"]);

  it("lists keys under a prefix in order", () => {
    expect(keysOf(listObjects(bucket, { prefix: "photos/2024/", maxKeys: 1000 }))).toEqual(["photos/2024/a.png", "photos/2024/b.png"]);
  });

  it("folds keys into common prefixes at the delimiter", () => {
    const page = listObjects(bucket, { prefix: "photos/", delimiter: "/", maxKeys: 1000 });
    expect(keysOf(page)).toEqual(["photos/top.png"]);
    expect(page.commonPrefixes).toEqual(["photos/2024/", "photos/2025/"]);
  });

  it("pages by maxKeys, counting common prefixes, and continues after the last entry", () => {
    const first = listObjects(bucket, { prefix: "photos/", delimiter: "/", maxKeys: 2 });
    expect(first).toMatchObject({ commonPrefixes: ["photos/2024/", "photos/2025/"], isTruncated: true, last: "photos/2025/" });
    const second = listObjects(bucket, { prefix: "photos/", delimiter: "/", maxKeys: 2, after: first.last! });
    expect(keysOf(second)).toEqual(["photos/top.png"]);
    expect(second.commonPrefixes).toEqual([]);
    expect(second.isTruncated).toBe(false);
  });

  it("orders keys by UTF-8 bytes", () => {
    const mixed = bucketWith(["\u{1F600}", "\uFFFD", "z"]);
    expect(keysOf(listObjects(mixed, { prefix: "", maxKeys: 10 }))).toEqual(["z", "\uFFFD", "\u{1F600}"]);
  });
});
