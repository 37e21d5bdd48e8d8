import { xmlElement } from "./xmlElement";

/** The error code, message and request id an AWS service put in an error answer. */
export interface ParsedServiceError {
  code: string;
  message: string;
  requestId?: string;
}

/**
 * Reads an AWS error answer in any of the wire shapes the stack meets: AWS JSON
 * (`{"__type": "com.amazonaws...#Code", "message"}`, DynamoDB/SQS/EventBridge/Step Functions),
 * SNS's JSON rendering (`{"ErrorResponse": {"Error": {"Code", "Message"}}}`), and XML (`<Error><Code/>
 * <Message/></Error>`, S3 and the Query protocol). Headers win where a protocol puts the code there
 * (`x-amzn-ErrorType`, SQS's `x-amzn-query-error`).
 */
export function parseServiceError(status: number, headers: Record<string, string>, body: string): ParsedServiceError {
  const requestId = headers["x-amzn-requestid"] ?? headers["x-amz-request-id"] ?? xmlElement(body, "RequestId");
  const fromJson = parseJsonError(body);
  const headerCode = headers["x-amzn-errortype"]?.split(":")[0];
  const code = fromJson?.code ?? xmlElement(body, "Code") ?? headerCode ?? `HTTP${status}`;
  const message = fromJson?.message ?? xmlElement(body, "Message") ?? xmlElement(body, "message") ?? (body.trim() === "" ? `HTTP status ${status}` : body.trim().slice(0, 300));
  return { code: stripNamespace(code), message, ...(requestId === undefined ? {} : { requestId }) };
}

function parseJsonError(body: string): { code?: string; message?: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined; // Not JSON: the XML reader takes over.
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  const envelope = (record["ErrorResponse"] ?? record) as Record<string, unknown>;
  const nested = envelope["Error"];
  if (typeof nested === "object" && nested !== null) {
    const error = nested as Record<string, unknown>;
    return { ...stringMember(error, "code", "Code"), ...stringMember(error, "message", "Message") };
  }
  return { ...stringMember(record, "code", "__type", "code", "Code"), ...stringMember(record, "message", "message", "Message") };
}

function stringMember<K extends string>(record: Record<string, unknown>, as: K, ...names: string[]): Partial<Record<K, string>> {
  for (const name of names) {
    const value = record[name];
    if (typeof value === "string" && value !== "") return { [as]: value } as Partial<Record<K, string>>;
  }
  return {};
}

/** `com.amazonaws.dynamodb.v20120810#ResourceInUseException` → `ResourceInUseException`. */
function stripNamespace(code: string): string {
  return code.slice(code.lastIndexOf("#") + 1);
}
