import { BackendError } from "./BackendError";

/**
 * A parameter broke a constraint of the service model (AWS: 400
 * `com.amazon.coral.validate#ValidationException`, "1 validation error detected: …").
 */
export class ValidationError extends BackendError {
  constructor(message: string) {
    super("ValidationException", message, { wireType: "com.amazon.coral.validate#ValidationException" });
  }
}
