import { BackendError } from "./BackendError";

/**
 * A request carried no SigV4 `Authorization` header and no `X-Amz-Signature` query parameter.
 * AWS answers 403 `MissingAuthenticationToken` ("Request is missing Authentication Token"); the
 * JSON protocols carry it as `com.amazon.coral.service#MissingAuthenticationTokenException`.
 */
export class MissingAuthenticationTokenError extends BackendError {
  constructor() {
    super("MissingAuthenticationToken", "Request is missing Authentication Token", {
      status: 403,
      wireType: "com.amazon.coral.service#MissingAuthenticationTokenException",
    });
  }
}
