import { GatewayError } from "./GatewayError";

/** A listener could not be opened (port in use, address not available). */
export class GatewayListenError extends GatewayError {
  static override readonly kind: string = "GatewayListenError";

  constructor(message: string, cause?: unknown) {
    super("ServiceUnavailableException", message, "server", {}, cause);
  }
}
