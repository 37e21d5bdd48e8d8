/** An object as the store keeps it. */
export interface S3Object {
  key: string;
  body: Buffer;
  contentType: string;
  /** Quoted hex MD5, as S3 sends it. */
  etag: string;
  lastModified: Date;
  /** `x-amz-meta-*` and the other headers S3 stores and returns (Cache-Control, Content-Disposition…). */
  headers: Record<string, string>;
}

export interface S3Bucket {
  name: string;
  createdAt: Date;
  objects: Map<string, S3Object>;
}

/** The buckets of one local S3, in memory. */
export class S3Store {
  readonly buckets = new Map<string, S3Bucket>();
}

/** What a list request asks for (ListObjects v1 and v2 share the walk). */
export interface ListQuery {
  prefix: string;
  delimiter?: string;
  maxKeys: number;
  /** List keys strictly after this one (v1 marker, v2 start-after or continuation). */
  after?: string;
}

export interface ListPage {
  contents: S3Object[];
  commonPrefixes: string[];
  isTruncated: boolean;
  /** The last key or common prefix returned, from which the next page continues. */
  last?: string;
}

/**
 * Walks a bucket's keys in UTF-8 binary order as S3 does: keys under `prefix`, after `after`,
 * folding keys that contain `delimiter` past the prefix into common prefixes, up to `maxKeys`
 * entries (contents and common prefixes together).
 */
export function listObjects(bucket: S3Bucket, query: ListQuery): ListPage {
  const keys = [...bucket.objects.keys()].filter((key) => key.startsWith(query.prefix)).sort(compareUtf8);
  const contents: S3Object[] = [];
  const commonPrefixes: string[] = [];
  let last: string | undefined;
  let count = 0;
  for (const key of keys) {
    if (query.after !== undefined && compareUtf8(key, query.after) <= 0) continue;
    const rest = key.slice(query.prefix.length);
    const cut = query.delimiter ? rest.indexOf(query.delimiter) : -1;
    if (cut !== -1) {
      const common = query.prefix + rest.slice(0, cut + query.delimiter!.length);
      if (commonPrefixes.at(-1) === common) continue;
      // A common prefix already passed (listing continues after it) is not repeated.
      if (query.after?.startsWith(common)) continue;
      if (count === query.maxKeys) return { contents, commonPrefixes, isTruncated: true, ...(last === undefined ? {} : { last }) };
      commonPrefixes.push(common);
      last = common;
    } else {
      if (count === query.maxKeys) return { contents, commonPrefixes, isTruncated: true, ...(last === undefined ? {} : { last }) };
      contents.push(bucket.objects.get(key)!);
      last = key;
    }
    count++;
  }
  return { contents, commonPrefixes, isTruncated: false, ...(last === undefined ? {} : { last }) };
}

/** S3 lists keys in UTF-8 binary order (not UTF-16 code unit order). */
function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
