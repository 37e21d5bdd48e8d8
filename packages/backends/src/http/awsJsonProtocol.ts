import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { BackendError } from "../errors/BackendError";
import { toBackendError } from "../errors/toBackendError";
import { SerializationError } from "../errors/SerializationError";
import { UnknownOperationError } from "../errors/UnknownOperationError";
import type { RecordLog } from "../record/RecordLog";
import type { ReceivedRequest, ServiceName } from "../types";
import { checkCredentials } from "./checkCredentials";
import { newRequestId } from "./newRequestId";
import { readBody } from "./readBody";

/** A JSON request body, parsed. */
export type JsonInput = Record<string, unknown>;

/** What an operation handler gets besides its input. */
export interface OperationContext {
  requestId: string;
  /** Aborted when the client goes away before the answer is sent (long polls release their waiters on it). */
  signal: AbortSignal;
}

/** Handles one operation; returns the response body (an object) or throws a {@link BackendError}. */
export type JsonOperation = (input: JsonInput, context: OperationContext) => unknown | Promise<unknown>;

/** Describes one service that speaks the AWS JSON 1.0 / 1.1 protocol. */
export interface AwsJsonServiceSpec {
  service: ServiceName;
  /** SigV4 signing name. */
  signingName: string;
  region: string;
  /** The part of `X-Amz-Target` before the dot (`AmazonSQS`, `AWSEvents`, `AWSStepFunctions`). */
  targetPrefix: string;
  contentType: "application/x-amz-json-1.0" | "application/x-amz-json-1.1";
  /** Prefix of `__type` for the service's own errors (`com.amazonaws.sqs#`); empty for plain names. */
  errorNamespace: string;
  operations: Record<string, JsonOperation>;
  /** Names the resource an operation addressed, for the record. */
  targetOf?: (operation: string, input: JsonInput) => string | undefined;
  log: RecordLog<ReceivedRequest>;
}

/**
 * A request listener for an AWS JSON-protocol service: `POST /` with `X-Amz-Target:
 * <prefix>.<Operation>` and a JSON body. Errors follow the protocol: `{"__type", "message"}` with
 * `x-amzn-ErrorType` (and `x-amzn-query-error` for SQS, which the SDKs use to map legacy codes).
 */
export function createAwsJsonListener(spec: AwsJsonServiceSpec): RequestListener {
  return (request, response) => {
    void handle(spec, request, response);
  };
}

async function handle(spec: AwsJsonServiceSpec, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const requestId = newRequestId();
  const controller = new AbortController();
  response.on("close", () => {
    if (!response.writableFinished) controller.abort();
  });
  let operation = "Unknown";
  let input: JsonInput = {};
  let status = 200;
  try {
    const body = await readBody(request);
    const url = new URL(request.url ?? "/", "http://localhost");
    const target = String(request.headers["x-amz-target"] ?? "");
    const [prefix, name] = target.split(".", 2);
    if (prefix === spec.targetPrefix && name !== undefined) operation = name;
    const handler = prefix === spec.targetPrefix && name !== undefined ? spec.operations[name] : undefined;
    if (handler === undefined) throw new UnknownOperationError(target);
    const authError = checkCredentials(request.headers, url.searchParams, { service: spec.signingName, region: spec.region });
    if (authError) throw authError;
    input = parseJsonBody(body);
    const result = await handler(input, { requestId, signal: controller.signal });
    sendJson(response, 200, spec.contentType, requestId, result ?? {});
  } catch (error) {
    const failure = toBackendError(error);
    status = failure.$metadata.httpStatusCode;
    sendError(spec, response, requestId, failure);
  } finally {
    const target = spec.targetOf?.(operation, input);
    spec.log.append({
      at: new Date().toISOString(),
      service: spec.service,
      action: operation,
      ...(target === undefined ? {} : { target }),
      input,
      status,
    });
  }
}

function parseJsonBody(body: Buffer): JsonInput {
  // AWS treats an empty body as an empty input structure.
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch (error) {
    throw new SerializationError(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new SerializationError("Start of structure or map found where not expected.");
  }
  return parsed as JsonInput;
}


function sendJson(response: ServerResponse, status: number, contentType: string, requestId: string, body: unknown, extraHeaders: Record<string, string> = {}): void {
  if (response.destroyed) return;
  const payload = Buffer.from(JSON.stringify(body), "utf8");
  response.writeHead(status, {
    "content-type": contentType,
    "content-length": String(payload.length),
    "x-amzn-requestid": requestId,
    ...extraHeaders,
  });
  response.end(payload);
}

function sendError(spec: AwsJsonServiceSpec, response: ServerResponse, requestId: string, error: BackendError): void {
  const type = error.wireType ?? `${spec.errorNamespace}${error.name}`;
  const headers: Record<string, string> = { "x-amzn-errortype": error.name };
  if (error.queryErrorCode !== undefined) {
    headers["x-amzn-query-error"] = `${error.queryErrorCode};${error.$fault === "client" ? "Sender" : "Receiver"}`;
  }
  sendJson(response, error.$metadata.httpStatusCode, spec.contentType, requestId, { __type: type, message: error.message }, headers);
}
