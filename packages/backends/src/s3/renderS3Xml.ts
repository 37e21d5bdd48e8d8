import { escapeXml, xmlElement } from "../http/xml";
import type { ListPage, S3Bucket, S3Object } from "./S3Store";

/** S3's XML namespace. */
export const s3Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";
const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The owner S3 reports for the local account. */
export interface S3Owner {
  id: string;
  displayName: string;
}

/** Keys are URL-encoded in list results when the request asked `encoding-type=url`. */
export type KeyEncoder = (key: string) => string;

function contentsXml(object: S3Object, encode: KeyEncoder, owner?: S3Owner): string {
  return (
    `<Contents>${xmlElement("Key", encode(object.key))}${xmlElement("LastModified", object.lastModified.toISOString())}` +
    `${xmlElement("ETag", object.etag)}<Size>${object.body.length}</Size>` +
    (owner ? `<Owner>${xmlElement("ID", owner.id)}${xmlElement("DisplayName", owner.displayName)}</Owner>` : "") +
    "<StorageClass>STANDARD</StorageClass></Contents>"
  );
}

function commonPrefixesXml(prefixes: string[], encode: KeyEncoder): string {
  return prefixes.map((prefix) => `<CommonPrefixes>${xmlElement("Prefix", encode(prefix))}</CommonPrefixes>`).join("");
}

/** ListObjectsV2's `ListBucketResult`. */
export function listObjectsV2Xml(
  bucket: string,
  page: ListPage,
  query: { prefix: string; delimiter?: string; maxKeys: number; continuationToken?: string; nextContinuationToken?: string; startAfter?: string; encodingType?: string },
  encode: KeyEncoder,
  owner?: S3Owner,
): string {
  return (
    `${declaration}<ListBucketResult xmlns="${s3Namespace}">${xmlElement("Name", bucket)}${xmlElement("Prefix", encode(query.prefix))}` +
    (query.continuationToken === undefined ? "" : xmlElement("ContinuationToken", query.continuationToken)) +
    (query.nextContinuationToken === undefined ? "" : xmlElement("NextContinuationToken", query.nextContinuationToken)) +
    `<KeyCount>${page.contents.length + page.commonPrefixes.length}</KeyCount><MaxKeys>${query.maxKeys}</MaxKeys>` +
    (query.delimiter === undefined ? "" : xmlElement("Delimiter", encode(query.delimiter))) +
    (query.encodingType === undefined ? "" : xmlElement("EncodingType", query.encodingType)) +
    `<IsTruncated>${page.isTruncated}</IsTruncated>` +
    (query.startAfter === undefined ? "" : xmlElement("StartAfter", encode(query.startAfter))) +
    page.contents.map((object) => contentsXml(object, encode, owner)).join("") +
    commonPrefixesXml(page.commonPrefixes, encode) +
    "</ListBucketResult>"
  );
}

/** ListObjects (v1)'s `ListBucketResult`; NextMarker is sent only with a delimiter, as S3 does. */
export function listObjectsV1Xml(
  bucket: string,
  page: ListPage,
  query: { prefix: string; delimiter?: string; maxKeys: number; marker: string; encodingType?: string },
  encode: KeyEncoder,
  owner: S3Owner,
): string {
  return (
    `${declaration}<ListBucketResult xmlns="${s3Namespace}">${xmlElement("Name", bucket)}${xmlElement("Prefix", encode(query.prefix))}` +
    `${xmlElement("Marker", encode(query.marker))}<MaxKeys>${query.maxKeys}</MaxKeys>` +
    (query.delimiter === undefined ? "" : xmlElement("Delimiter", encode(query.delimiter))) +
    (query.encodingType === undefined ? "" : xmlElement("EncodingType", query.encodingType)) +
    `<IsTruncated>${page.isTruncated}</IsTruncated>` +
    (page.isTruncated && query.delimiter !== undefined && page.last !== undefined ? xmlElement("NextMarker", encode(page.last)) : "") +
    page.contents.map((object) => contentsXml(object, encode, owner)).join("") +
    commonPrefixesXml(page.commonPrefixes, encode) +
    "</ListBucketResult>"
  );
}

/** ListBuckets' `ListAllMyBucketsResult`. */
export function listBucketsXml(buckets: S3Bucket[], owner: S3Owner): string {
  return (
    `${declaration}<ListAllMyBucketsResult xmlns="${s3Namespace}"><Owner>${xmlElement("ID", owner.id)}${xmlElement("DisplayName", owner.displayName)}</Owner><Buckets>` +
    buckets.map((bucket) => `<Bucket>${xmlElement("Name", bucket.name)}${xmlElement("CreationDate", bucket.createdAt.toISOString())}</Bucket>`).join("") +
    "</Buckets></ListAllMyBucketsResult>"
  );
}

/** DeleteObjects' `DeleteResult` (Quiet mode lists only errors, and there are none locally). */
export function deleteResultXml(keys: string[], quiet: boolean): string {
  const deleted = quiet ? "" : keys.map((key) => `<Deleted>${xmlElement("Key", key)}</Deleted>`).join("");
  return `${declaration}<DeleteResult xmlns="${s3Namespace}">${deleted}</DeleteResult>`;
}

/** CopyObject's `CopyObjectResult`. */
export function copyObjectResultXml(object: S3Object): string {
  return `${declaration}<CopyObjectResult xmlns="${s3Namespace}">${xmlElement("LastModified", object.lastModified.toISOString())}${xmlElement("ETag", object.etag)}</CopyObjectResult>`;
}

/** GetBucketLocation: empty for us-east-1, as S3 answers. */
export function locationXml(region: string): string {
  return `${declaration}<LocationConstraint xmlns="${s3Namespace}">${region === "us-east-1" ? "" : escapeXml(region)}</LocationConstraint>`;
}
