import { PlaygroundClientError } from "./PlaygroundClientError";

/** The client's options cannot work: a missing endpoint, a URL that is not one, no region. */
export class ConfigurationError extends PlaygroundClientError {
  static override readonly kind = "ConfigurationError";

  constructor(message: string) {
    super("ConfigurationError", message, { fault: "client" });
  }
}
