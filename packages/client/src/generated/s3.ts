// Generated from templates/s3/template.yaml by @apigw-playground/codegen — do not edit.
import { type BinaryBody, type BinaryResult, defineOperation, type Invoker, type RouteDescriptor } from "../runtime";

export interface ObjectStored {
  key: string;
}

export interface ObjectSummary {
  key: string;
  /** @minimum 0 */
  size: number;
  /** ISO 8601, as S3 reports it. */
  lastModified: string;
  /** The entity tag with its quotes, as in the ETag header. */
  etag: string;
}

export interface ObjectList {
  objects: ObjectSummary[];
  isTruncated: boolean;
  nextContinuationToken?: string;
}

export interface ErrorModel {
  message: string;
}

/** The API's binaryMediaTypes: payloads of these types travel as bytes. */
const binaryMediaTypes = [
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "application/octet-stream",
  "application/pdf",
  "application/zip",
] as const;

/** Input of `putObject` (`PUT /objects/{key+}`). */
export type PutObjectInput = {
  path: {
    /**
     * The object key; it may contain slashes (greedy path parameter {key+}).
     *
     * @minLength 1
     * @maxLength 1024
     */
    key: string;
  };
  headers: {
    /**
     * Stored as the object's Content-Type. Use a binary media type of this API for binary data (image/png, image/jpeg,
     * image/gif, image/webp, application/octet-stream, application/pdf, application/zip); other types are passed as
     * UTF-8 text.
     */
    "Content-Type": string;
  };
  body: BinaryBody;
};

/**
 * Error bodies of `putObject` by status: what `isRouteError(error, client.s3.putObject, status)` narrows `error.body`
 * to.
 */
export type PutObjectErrors = { 400: ErrorModel; 500: ErrorModel };

const putObjectRoute = {
  operationId: "putObject",
  method: "PUT",
  path: "/objects/{key+}",
  pathParams: [{ name: "key", greedy: true }],
  queryParams: [],
  headerParams: [{ name: "Content-Type", required: true }],
  body: { kind: "binary", required: true, mediaTypes: ["*/*"] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "500": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/** Input of `getObject` (`GET /objects/{key+}`). */
export type GetObjectInput = {
  path: {
    /**
     * The object key; it may contain slashes (greedy path parameter {key+}).
     *
     * @minLength 1
     * @maxLength 1024
     */
    key: string;
  };
};

/**
 * Error bodies of `getObject` by status: what `isRouteError(error, client.s3.getObject, status)` narrows `error.body`
 * to.
 */
export type GetObjectErrors = { 400: ErrorModel; 404: ErrorModel; 500: ErrorModel };

const getObjectRoute = {
  operationId: "getObject",
  method: "GET",
  path: "/objects/{key+}",
  pathParams: [{ name: "key", greedy: true }],
  queryParams: [],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: {
    "200": { kind: "binary", mediaTypes: ["*/*"] },
    "400": { kind: "json" },
    "404": { kind: "json" },
    "500": { kind: "json" },
  },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/** Input of `deleteObject` (`DELETE /objects/{key+}`). */
export type DeleteObjectInput = {
  path: {
    /**
     * The object key; it may contain slashes (greedy path parameter {key+}).
     *
     * @minLength 1
     * @maxLength 1024
     */
    key: string;
  };
};

/**
 * Error bodies of `deleteObject` by status: what `isRouteError(error, client.s3.deleteObject, status)` narrows
 * `error.body` to.
 */
export type DeleteObjectErrors = { 400: ErrorModel; 500: ErrorModel };

const deleteObjectRoute = {
  operationId: "deleteObject",
  method: "DELETE",
  path: "/objects/{key+}",
  pathParams: [{ name: "key", greedy: true }],
  queryParams: [],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "204": { kind: "empty" }, "400": { kind: "json" }, "500": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/** Input of `listObjects` (`GET /objects`). */
export type ListObjectsInput = {
  query?: {
    /**
     * Only keys that start with this.
     *
     * @maxLength 1024
     */
    prefix?: string;
    /** The nextContinuationToken of the previous page. */
    continuationToken?: string;
  };
};

/**
 * Error bodies of `listObjects` by status: what `isRouteError(error, client.s3.listObjects, status)` narrows
 * `error.body` to.
 */
export type ListObjectsErrors = { 400: ErrorModel; 500: ErrorModel };

const listObjectsRoute = {
  operationId: "listObjects",
  method: "GET",
  path: "/objects",
  pathParams: [],
  queryParams: [
    { name: "prefix", required: false },
    { name: "continuationToken", required: false },
  ],
  headerParams: [],
  body: { kind: "none", required: false, mediaTypes: [] },
  apiKeyRequired: false,
  responses: { "200": { kind: "json" }, "400": { kind: "json" }, "500": { kind: "json" } },
  binaryMediaTypes,
} as const satisfies RouteDescriptor;

/**
 * The operations of the s3 template, bound to `invoker`: what `client.s3` holds.
 *
 * apigw-playground / s3: a REST API in front of an S3 bucket (AWS integrations on S3's REST "path" API) - binary
 * objects pass through byte-exact, and the XML listing is turned into JSON by a mapping template.
 */
export function createS3Operations(invoker: Invoker) {
  return {
    /**
     * Store the request body as an object under a key (the key may contain slashes).
     *
     * `PUT /objects/{key+}`
     *
     * @returns 200: Stored. The ETag is in the ETag header only: a mapping template sees the integration response's
     * body, never its headers, and S3 answers a PUT with an empty body.
     * @throws {RouteError} 400: S3 refused the object.
     * @throws {RouteError} 500: S3 failed.
     */
    putObject: defineOperation<PutObjectInput, ObjectStored, PutObjectErrors>(invoker, "s3", putObjectRoute),
    /**
     * Read an object; its bytes come back with the Content-Type it was stored with.
     *
     * `GET /objects/{key+}`
     *
     * @returns 200: The object. For bytes, send a binary media type first in Accept (e.g. Accept:
     * application/octet-stream); with a text Accept a binary object arrives base64-encoded.
     * @throws {RouteError} 400: S3 refused the request.
     * @throws {RouteError} 404: No object has this key.
     * @throws {RouteError} 500: S3 failed.
     */
    getObject: defineOperation<GetObjectInput, BinaryResult, GetObjectErrors>(invoker, "s3", getObjectRoute),
    /**
     * Delete an object (S3 answers the same whether or not it existed).
     *
     * `DELETE /objects/{key+}`
     *
     * @returns 204: The key no longer names an object.
     * @throws {RouteError} 400: S3 refused the request.
     * @throws {RouteError} 500: S3 failed.
     */
    deleteObject: defineOperation<DeleteObjectInput, undefined, DeleteObjectErrors>(invoker, "s3", deleteObjectRoute),
    /**
     * List objects (ListObjectsV2), optionally under a key prefix, 1000 at a time.
     *
     * `GET /objects`
     *
     * @returns 200: One page of objects, in key order.
     * @throws {RouteError} 400: S3 refused the request (for example a stale continuation token).
     * @throws {RouteError} 500: S3 failed.
     */
    listObjects: defineOperation<ListObjectsInput, ObjectList, ListObjectsErrors>(invoker, "s3", listObjectsRoute),
  };
}
