import { classifyS3Request } from "./classifyS3Request";

const classify = (method: string, path: string, headers: Record<string, string> = {}) => classifyS3Request(method, new URL(path, "http://127.0.0.1"), headers);

describe("classifyS3Request", () => {
  it("decodes %2F in a key to the slashes S3 stores", () => {
    expect(classify("PUT", "/photos/a%2Fb%2Fc.png")).toEqual({ action: "PutObject", bucket: "photos", key: "a/b/c.png" });
  });

  it("keeps literal slashes of a path-style key", () => {
    expect(classify("GET", "/photos/a/b/c.png")).toEqual({ action: "GetObject", bucket: "photos", key: "a/b/c.png" });
  });

  it("keeps a literal + in a key (only the query string uses + for space)", () => {
    expect(classify("PUT", "/photos/x+y%20z")).toEqual({ action: "PutObject", bucket: "photos", key: "x+y z" });
  });

  it("names bucket-level actions", () => {
    expect(classify("PUT", "/photos").action).toBe("CreateBucket");
    expect(classify("GET", "/photos?list-type=2&prefix=a").action).toBe("ListObjectsV2");
    expect(classify("GET", "/photos").action).toBe("ListObjects");
    expect(classify("POST", "/photos?delete").action).toBe("DeleteObjects");
    expect(classify("GET", "/").action).toBe("ListBuckets");
  });

  it("names object-level actions", () => {
    expect(classify("DELETE", "/photos/a.png").action).toBe("DeleteObject");
    expect(classify("HEAD", "/photos/a.png").action).toBe("HeadObject");
    expect(classify("PUT", "/photos/b.png", { "x-amz-copy-source": "/photos/a.png" }).action).toBe("CopyObject");
    expect(classify("GET", "/photos/a.png?tagging").action).toBe("GetObjectTagging");
  });
});
