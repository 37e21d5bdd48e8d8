import { LocalStackError } from "./LocalStackError";

/** `startLocalStack` was given options it cannot work with; the message says which and how to fix it. */
export class LocalStackOptionsError extends LocalStackError {
  static override readonly kind: string = "LocalStackOptionsError";

  constructor(message: string, cause?: unknown) {
    super("ValidationException", message, "client", {}, cause);
  }
}
