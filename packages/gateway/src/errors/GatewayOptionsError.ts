import { GatewayError } from "./GatewayError";

/** `startGateway` (or the CLI) was given options it cannot work with: the message says which and how to fix it. */
export class GatewayOptionsError extends GatewayError {
  static override readonly kind: string = "GatewayOptionsError";

  constructor(message: string, cause?: unknown) {
    super("ValidationException", message, "client", {}, cause);
  }
}
