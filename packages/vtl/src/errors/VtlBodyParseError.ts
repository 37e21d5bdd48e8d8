import { VtlError } from "./VtlError";

/**
 * `$input.json()` / `$input.path()` were called on a payload that is not JSON. For a request
 * template API Gateway answers 400 `{"message": "Could not parse request body into json: ..."}`.
 */
export class VtlBodyParseError extends VtlError {
  static override readonly kind: string = "VtlBodyParseError";

  constructor(detail: string, requestId?: string) {
    super("BadRequestException", `Could not parse request body into json: ${detail}`, {
      status: 400,
      fault: "client",
      ...(requestId === undefined ? {} : { requestId }),
    });
  }
}
