import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { BackendError } from "../errors/BackendError";
import { toBackendError } from "../errors/toBackendError";
import { InvalidActionError } from "../errors/InvalidActionError";
import type { RecordLog } from "../record/RecordLog";
import type { ReceivedRequest, ServiceName } from "../types";
import { checkCredentials } from "./checkCredentials";
import { newRequestId } from "./newRequestId";
import { parseQueryParams, type QueryParams } from "./queryParams";
import type { QueryStruct } from "./queryValues";
import { readBody } from "./readBody";
import { renderQueryJson, renderQueryXml } from "./renderQuery";
import { escapeXml } from "./xml";

/** Handles one Query action; returns its Result members (undefined for actions without output). */
export type QueryOperation = (params: QueryParams, context: { requestId: string }) => QueryStruct | undefined | Promise<QueryStruct | undefined>;

/** Describes one service that speaks the AWS Query protocol. */
export interface AwsQueryServiceSpec {
  service: ServiceName;
  signingName: string;
  region: string;
  /** XML namespace of responses, e.g. `http://sns.amazonaws.com/doc/2010-03-31/`. */
  xmlns: string;
  operations: Record<string, QueryOperation>;
  targetOf?: (action: string, params: QueryParams) => string | undefined;
  log: RecordLog<ReceivedRequest>;
}

/**
 * A request listener for an AWS Query-protocol service: `Action=…&Version=…` as a form-encoded POST
 * body or a GET query string. Answers XML, or JSON when the request's `Accept` asks for
 * `application/json` (as API Gateway integrations commonly do).
 */
export function createAwsQueryListener(spec: AwsQueryServiceSpec): RequestListener {
  return (request, response) => {
    void handle(spec, request, response);
  };
}

async function handle(spec: AwsQueryServiceSpec, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const requestId = newRequestId();
  const json = wantsJson(request);
  let action = "Unknown";
  let params: QueryParams = {};
  let status = 200;
  try {
    const body = await readBody(request);
    const url = new URL(request.url ?? "/", "http://localhost");
    params = parseQueryParams(url.searchParams, body.toString("utf8"));
    const authError = checkCredentials(request.headers, url.searchParams, { service: spec.signingName, region: spec.region });
    if (authError) throw authError;
    if (params.Action === undefined || params.Action === "") {
      throw new BackendError("MissingAction", "Missing Action");
    }
    action = params.Action;
    const operation = spec.operations[action];
    if (operation === undefined) throw new InvalidActionError(action);
    const result = await operation(params, { requestId });
    send(response, 200, json, requestId, json ? renderQueryJson(action, requestId, result) : renderQueryXml(action, spec.xmlns, requestId, result));
  } catch (error) {
    const failure = toBackendError(error);
    status = failure.$metadata.httpStatusCode;
    send(response, status, json, requestId, json ? errorJson(failure, requestId) : errorXml(spec.xmlns, failure, requestId));
  } finally {
    const target = spec.targetOf?.(action, params);
    spec.log.append({
      at: new Date().toISOString(),
      service: spec.service,
      action,
      ...(target === undefined ? {} : { target }),
      input: params,
      status,
    });
  }
}

function wantsJson(request: IncomingMessage): boolean {
  return String(request.headers.accept ?? "").toLowerCase().includes("application/json");
}


function faultType(error: BackendError): "Sender" | "Receiver" {
  return error.$fault === "client" ? "Sender" : "Receiver";
}

/** `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`, AWS's Query error shape. */
function errorXml(xmlns: string, error: BackendError, requestId: string): string {
  return (
    `<ErrorResponse xmlns="${escapeXml(xmlns)}"><Error><Type>${faultType(error)}</Type>` +
    `<Code>${escapeXml(error.name)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>`
  );
}

function errorJson(error: BackendError, requestId: string): string {
  return JSON.stringify({
    ErrorResponse: { Error: { Type: faultType(error), Code: error.name, Message: error.message }, RequestId: requestId },
  });
}

function send(response: ServerResponse, status: number, json: boolean, requestId: string, body: string): void {
  if (response.destroyed) return;
  const payload = Buffer.from(body, "utf8");
  response.writeHead(status, {
    "content-type": json ? "application/json" : "text/xml",
    "content-length": String(payload.length),
    "x-amzn-requestid": requestId,
  });
  response.end(payload);
}
