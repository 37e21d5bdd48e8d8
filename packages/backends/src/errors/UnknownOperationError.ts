import { BackendError } from "./BackendError";

/**
 * A JSON-protocol request whose `X-Amz-Target` names no operation of the service. AWS answers
 * 400 with the coral framework type and no message.
 */
export class UnknownOperationError extends BackendError {
  constructor(target: string) {
    super("UnknownOperationException", `Unknown operation ${JSON.stringify(target)}`, {
      wireType: "com.amazon.coral.service#UnknownOperationException",
    });
  }
}
