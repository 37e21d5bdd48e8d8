import type { GatewayFailure } from "../respond/failure";

/** The request as the authorize stage sees it: raw, exactly as received on the socket. */
export interface AuthorizeRequest {
  method: string;
  /** The path as received, still percent-encoded, including the stage: `/v1/items/a%20b`. */
  rawPath: string;
  /** The query string as received, without `?` (may be empty). */
  rawQuery: string;
  /** Header names lower-cased; repeated headers as arrays. */
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array;
}

/** Who signed the request: feeds `$context.identity`. */
export interface CallerIdentity {
  accessKey: string;
  accountId: string;
  caller: string;
  user: string;
  userArn: string;
}

/** A local IAM user the gateway accepts signatures from. */
export interface LocalCredential {
  accessKeyId: string;
  secretAccessKey: string;
  /** Required when the access key is temporary (ASIA…). */
  sessionToken?: string;
  /** @default "123456789012" */
  accountId?: string;
  /** @default "local-playground" */
  userName?: string;
}

export type AuthorizeResult<T> = { ok: true; value: T } | { ok: false; failure: GatewayFailure };
