import { BackendError } from "./BackendError";

/** A JSON-protocol request body that is not a JSON object (AWS: 400 `SerializationException`). */
export class SerializationError extends BackendError {
  constructor(detail: string) {
    super("SerializationException", detail, { wireType: "com.amazon.coral.service#SerializationException" });
  }
}
