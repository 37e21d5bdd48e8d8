import { PlaygroundClientError } from "./PlaygroundClientError";

/** A call's input cannot make a valid request: a required parameter is missing, a body is too large. */
export class InvalidInputError extends PlaygroundClientError {
  static override readonly kind = "InvalidInputError";

  constructor(message: string) {
    super("InvalidInputError", message, { fault: "client" });
  }
}
