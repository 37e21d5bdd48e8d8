/** The signature claims of a request, read from its `Authorization` header or presigned query. */
export interface SignatureParts {
  /** `header` for `Authorization: AWS4-HMAC-SHA256 …`, `query` for a presigned URL. */
  form: "header" | "query";
  algorithm: string;
  /** `AKID/20150830/us-east-1/execute-api/aws4_request`, as sent. */
  credential: string;
  /** Lower-cased names, in the order sent. */
  signedHeaders: string[];
  signature: string;
  /** The request time as the string to sign carries it (`20150830T123600Z`). */
  amzDate: string;
  /** The request time in milliseconds since the epoch. */
  time: number;
  /** `X-Amz-Security-Token`, when sent. */
  securityToken?: string;
}
