import { parseServiceError } from "./parseServiceError";

describe("parseServiceError", () => {
  it("reads AWS JSON errors, dropping the namespace of __type", () => {
    const body = JSON.stringify({ __type: "com.amazonaws.dynamodb.v20120810#ResourceInUseException", message: "Table already exists: t" });
    expect(parseServiceError(400, { "x-amzn-requestid": "r1" }, body)).toEqual({ code: "ResourceInUseException", message: "Table already exists: t", requestId: "r1" });
  });

  it("reads Message with a capital M (EventBridge, Step Functions)", () => {
    expect(parseServiceError(400, {}, '{"__type":"InvalidEventPatternException","Message":"Event pattern is not valid."}')).toMatchObject({
      code: "InvalidEventPatternException",
      message: "Event pattern is not valid.",
    });
  });

  it("reads SNS's JSON rendering of a Query-protocol error", () => {
    const body = JSON.stringify({ ErrorResponse: { Error: { Type: "Sender", Code: "NotFound", Message: "Topic does not exist" }, RequestId: "r2" } });
    expect(parseServiceError(404, {}, body)).toEqual({ code: "NotFound", message: "Topic does not exist" });
  });

  it("reads XML error documents, entities decoded (S3, Query protocol)", () => {
    const body = "<?xml version=\"1.0\"?><Error><Code>BucketAlreadyOwnedByYou</Code><Message>Your previous request &amp; &lt;this&gt;</Message><RequestId>r3</RequestId></Error>";
    expect(parseServiceError(409, {}, body)).toEqual({ code: "BucketAlreadyOwnedByYou", message: "Your previous request & <this>", requestId: "r3" });
  });

  it("falls back to the x-amzn-ErrorType header and the status when the body says nothing", () => {
    expect(parseServiceError(403, { "x-amzn-errortype": "AccessDeniedException:http://internal.amazon.com/" }, "")).toEqual({ code: "AccessDeniedException", message: "HTTP status 403" });
    expect(parseServiceError(502, {}, "")).toEqual({ code: "HTTP502", message: "HTTP status 502" });
  });

  it("keeps the start of a body it cannot read as the message", () => {
    expect(parseServiceError(500, {}, "<html>Internal Server Error</html>")).toMatchObject({ code: "HTTP500", message: "<html>Internal Server Error</html>" });
  });
});
