import { gatewayAdvice, type SigningContext } from "./gatewayAdvice";
import { PlaygroundClientError, type ResponseMetadata } from "./PlaygroundClientError";

export interface GatewayErrorInit {
  status: number;
  /** `x-amzn-ErrorType` without its `:http://...` suffix. */
  errorType: string;
  /** API Gateway's own text: `message` or `Message` of the JSON body, else the body. */
  gatewayMessage: string;
  /** `GET https://...`, for the message. */
  request: string;
  body: unknown;
  signing: SigningContext;
  metadata: Partial<ResponseMetadata>;
}

/**
 * An answer API Gateway gave by itself (a gateway response: bad signature, missing
 * route, throttling, failed validation...), recognised by its `x-amzn-ErrorType` header.
 * `name` is that error type, e.g. `InvalidSignatureException`.
 */
export class GatewayError extends PlaygroundClientError {
  static override readonly kind = "GatewayError";

  readonly status: number;
  readonly errorType: string;
  readonly gatewayMessage: string;
  /** The parsed JSON body, or the body text when it was not JSON. */
  readonly body: unknown;

  constructor(init: GatewayErrorInit) {
    const advice = gatewayAdvice(init.errorType, init.gatewayMessage, init.signing);
    super(
      init.errorType,
      `API Gateway answered ${init.status} ${init.errorType} to ${init.request}: ` +
        (advice ? `${init.gatewayMessage.trim().replace(/\.*$/, ".")} ${advice}` : init.gatewayMessage),
      { fault: init.status >= 500 ? "server" : "client", metadata: { httpStatusCode: init.status, ...init.metadata } },
    );
    this.status = init.status;
    this.errorType = init.errorType;
    this.gatewayMessage = init.gatewayMessage;
    this.body = init.body;
  }
}
