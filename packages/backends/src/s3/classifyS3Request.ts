/** What an S3 REST request addresses, as the record reports it. */
export interface S3RequestInfo {
  action: string;
  bucket?: string;
  key?: string;
}

/**
 * Names the S3 API action of a path-style request (`/<bucket>/<key…>`): method, whether a key is
 * present and the subresource in the query decide it (CreateBucket, PutObject, GetObject,
 * ListObjectsV2, DeleteObjects…). Path segments are percent-decoded, so a key sent as
 * `a%2Fb%2Fc.png` — as API Gateway encodes a greedy `{key+}` parameter — is `a/b/c.png`, which is
 * what S3 stores.
 */
export function classifyS3Request(method: string, url: URL, headers: Record<string, string | string[] | undefined>): S3RequestInfo {
  const segments = url.pathname.split("/").slice(1);
  const bucket = segments[0] ? decodeURIComponent(segments[0]) : undefined;
  const rawKey = segments.slice(1).join("/");
  const key = rawKey === "" ? undefined : decodeURIComponent(rawKey);
  const query = url.searchParams;
  const where = { ...(bucket === undefined ? {} : { bucket }), ...(key === undefined ? {} : { key }) };
  const sub = ["tagging", "acl", "cors", "website", "policy", "versioning", "location", "uploads", "uploadId", "delete"].find((name) => query.has(name));
  if (bucket === undefined) return { action: method === "GET" ? "ListBuckets" : `${method} /`, ...where };
  if (key === undefined) {
    if (method === "PUT") return { action: sub ? `PutBucket${capitalise(sub)}` : "CreateBucket", ...where };
    if (method === "DELETE") return { action: sub ? `DeleteBucket${capitalise(sub)}` : "DeleteBucket", ...where };
    if (method === "HEAD") return { action: "HeadBucket", ...where };
    if (method === "POST" && sub === "delete") return { action: "DeleteObjects", ...where };
    if (method === "GET") {
      if (sub === "location") return { action: "GetBucketLocation", ...where };
      if (sub) return { action: `GetBucket${capitalise(sub)}`, ...where };
      return { action: query.get("list-type") === "2" ? "ListObjectsV2" : "ListObjects", ...where };
    }
    return { action: `${method} bucket`, ...where };
  }
  if (method === "PUT") {
    if (query.has("partNumber")) return { action: "UploadPart", ...where };
    if (headers["x-amz-copy-source"] !== undefined) return { action: "CopyObject", ...where };
    return { action: sub ? `PutObject${capitalise(sub)}` : "PutObject", ...where };
  }
  if (method === "GET") return { action: sub ? `GetObject${capitalise(sub)}` : "GetObject", ...where };
  if (method === "HEAD") return { action: "HeadObject", ...where };
  if (method === "DELETE") return { action: sub === "uploadId" ? "AbortMultipartUpload" : sub ? `DeleteObject${capitalise(sub)}` : "DeleteObject", ...where };
  if (method === "POST") {
    if (sub === "uploads") return { action: "CreateMultipartUpload", ...where };
    if (sub === "uploadId") return { action: "CompleteMultipartUpload", ...where };
  }
  return { action: `${method} object`, ...where };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
