import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { checkCredentials } from "../http/checkCredentials";
import { newRequestId } from "../http/newRequestId";
import { resolveBackendOptions } from "../options";
import type { RecordLog } from "../record/RecordLog";
import { newRequestLog, serveBackend } from "../serveBackend";
import type { Backend, BackendOptions, ReceivedRequest } from "../types";

/**
 * Starts a local DynamoDB: dynalite (a faithful DynamoDB implementation on LevelDB) in memory,
 * with table state changes (CREATING → ACTIVE, …) taking no time. Every request is recorded with
 * its action (from `X-Amz-Target`), table and JSON body. A request signed for another region or
 * service is refused as DynamoDB refuses it; an unsigned one is answered by dynalite exactly as
 * DynamoDB answers it (400 MissingAuthenticationTokenException).
 */
export async function startDynamoDb(options: BackendOptions = {}): Promise<Backend> {
  const { region } = resolveBackendOptions(options);
  // Loaded on demand: a stack without DynamoDB does not pay for it.
  const dynalite = (await import("dynalite")).default;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const [handler] = server.listeners("request") as RequestListener[];
  if (handler === undefined) throw new Error("dynalite created a server without a request listener; its API changed.");
  server.removeAllListeners("request");
  const log = newRequestLog("dynamodb");
  server.on("request", (request: IncomingMessage, response: ServerResponse) => recordAndForward(request, response, handler, log, region));
  return serveBackend("dynamodb", log, server);
}

function recordAndForward(request: IncomingMessage, response: ServerResponse, handler: RequestListener, log: RecordLog<ReceivedRequest>, region: string): void {
  const chunks: Buffer[] = [];
  // dynalite reads the body itself; a second listener keeps a copy for the record.
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  response.on("finish", () => {
    const input = parseBody(Buffer.concat(chunks));
    const target = String(request.headers["x-amz-target"] ?? "");
    const table = tableOf(input);
    log.append({
      at: new Date().toISOString(),
      service: "dynamodb",
      action: target.split(".")[1] ?? (target || "Unknown"),
      ...(table === undefined ? {} : { target: table }),
      input,
      status: response.statusCode,
    });
  });
  if (request.headers.authorization !== undefined) {
    const url = new URL(request.url ?? "/", "http://localhost");
    const problem = checkCredentials(request.headers, url.searchParams, { service: "dynamodb", region });
    if (problem) {
      request.resume();
      const body = JSON.stringify({ __type: problem.wireType ?? problem.name, message: problem.message });
      // DynamoDB answers signature problems with 400, not 403 (responses dynalite recorded from AWS).
      response.writeHead(400, {
        "content-type": "application/x-amz-json-1.0",
        "content-length": String(Buffer.byteLength(body)),
        "x-amzn-requestid": newRequestId(),
      });
      response.end(body);
      return;
    }
  }
  handler(request, response);
}

function parseBody(body: Buffer): unknown {
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    // dynalite answered the malformed body with SerializationException; the record keeps the text.
    return body.toString("utf8");
  }
}

/** The table an action addressed: TableName, or the tables of a batch/transaction. */
function tableOf(input: unknown): string | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const record = input as Record<string, unknown>;
  if (typeof record.TableName === "string") return record.TableName;
  if (typeof record.RequestItems === "object" && record.RequestItems !== null) return Object.keys(record.RequestItems).join(",");
  return undefined;
}
