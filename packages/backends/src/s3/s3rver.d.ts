// s3rver ships no types; this is the part of its API the S3 backend uses.
declare module "s3rver" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  interface S3rverOptions {
    directory: string;
    silent?: boolean;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
  }

  interface S3rverStore {
    getMetadata(bucket: string, key: string): Promise<Record<string, string | number>>;
  }

  class S3rver {
    constructor(options: S3rverOptions);
    /** The Koa request handler. */
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    store: S3rverStore;
  }

  export = S3rver;
}
