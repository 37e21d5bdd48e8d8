import { BackendError } from "./BackendError";

/**
 * Anything thrown that is not a BackendError is a bug in a local backend; it is answered the way
 * AWS answers its own failures, 500 `InternalFailure`, with the original error as the cause.
 */
export function toBackendError(error: unknown): BackendError {
  if (error instanceof BackendError) return error;
  return new BackendError("InternalFailure", error instanceof Error ? error.message : String(error), {
    status: 500,
    fault: "server",
    cause: error,
  });
}
