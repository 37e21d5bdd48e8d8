import { VtlError, type VtlErrorOptions } from "./VtlError";

/**
 * Rendering failed: a Java method threw (`substring` out of range, a bad regex, `urlDecode` of
 * malformed input) or an override was set twice. API Gateway answers 500 ("Execution failed due to
 * configuration error: Unable to transform request/response").
 */
export class VtlRenderError extends VtlError {
  static override readonly kind: string = "VtlRenderError";

  constructor(message: string, options: Omit<VtlErrorOptions, "status" | "fault"> = {}) {
    super("InternalServerErrorException", message, { ...options, status: 500, fault: "server" });
  }
}
