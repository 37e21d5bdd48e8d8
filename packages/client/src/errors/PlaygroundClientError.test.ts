import { GatewayError as LocalGatewayError, GatewayOptionsError } from "@apigw-playground/gateway";
import { GatewayError } from "./GatewayError";
import { NetworkError } from "./NetworkError";
import { PlaygroundClientError, requestIdsOf } from "./PlaygroundClientError";
import { RouteError } from "./RouteError";
import { TimeoutError } from "./TimeoutError";

/** API Gateway's own 403, as the client reports it. */
const forbidden = () =>
  new GatewayError({
    status: 403,
    errorType: "ForbiddenException",
    gatewayMessage: "Forbidden",
    request: "GET x",
    body: { message: "Forbidden" },
    signing: { region: "us-east-1" },
    metadata: {},
  });

describe("PlaygroundClientError", () => {
  test("carries name, fault and metadata with attempts defaulting to 0", () => {
    const error = new NetworkError({ code: "ECONNRESET", request: "GET http://x/v1", cause: new Error("reset"), metadata: {} });
    expect(error).toMatchObject({ name: "NetworkError", $fault: "server", $metadata: { attempts: 0, totalRetryDelay: 0 } });
    expect(error.cause).toEqual(new Error("reset"));
    expect(error).toBeInstanceOf(Error);
  });

  test("instanceof works across two copies of the package", () => {
    // A second, separately loaded copy of the error modules stands for a duplicate
    // install of the package (two versions in one node_modules tree).
    let other: { NetworkError: typeof NetworkError; PlaygroundClientError: typeof PlaygroundClientError } | undefined;
    jest.isolateModules(() => {
      other = { NetworkError: require("./NetworkError").NetworkError, PlaygroundClientError: require("./PlaygroundClientError").PlaygroundClientError };
    });
    expect(other?.NetworkError).not.toBe(NetworkError);
    const foreign = new other!.NetworkError({ code: undefined, request: "GET x", cause: "x", metadata: {} });
    expect(foreign).toBeInstanceOf(NetworkError);
    expect(foreign).toBeInstanceOf(PlaygroundClientError);
    expect(foreign).not.toBeInstanceOf(TimeoutError);
    const local = new TimeoutError({ phase: "request", timeout: 1, request: "GET x", metadata: {} });
    expect(local).toBeInstanceOf(other!.PlaygroundClientError);
    expect(local).not.toBeInstanceOf(other!.NetworkError);
  });

  test("recognises a GatewayError across copies although its name is the AWS error type", () => {
    const error = forbidden();
    expect(error.name).toBe("ForbiddenException");
    let OtherGatewayError: typeof GatewayError | undefined;
    jest.isolateModules(() => {
      OtherGatewayError = require("./GatewayError").GatewayError;
    });
    expect(error).toBeInstanceOf(OtherGatewayError!);
    expect(error).not.toBeInstanceOf(RouteError);
  });

  test("never takes the gateway package's GatewayError for its own, nor the other way round", () => {
    const misconfigured = new GatewayOptionsError("port must be a number");
    expect(LocalGatewayError.name).toBe(GatewayError.name);
    expect(misconfigured).toBeInstanceOf(LocalGatewayError);
    expect(misconfigured).not.toBeInstanceOf(GatewayError);
    expect(misconfigured).not.toBeInstanceOf(PlaygroundClientError);
    const answered = forbidden();
    expect(answered).not.toBeInstanceOf(LocalGatewayError);
  });

  test("plain objects and other errors are not instances", () => {
    expect(new Error("x")).not.toBeInstanceOf(PlaygroundClientError);
    expect({ name: "NetworkError" }).not.toBeInstanceOf(NetworkError);
    expect(null).not.toBeInstanceOf(PlaygroundClientError);
  });
});

describe("requestIdsOf", () => {
  test("prefers API Gateway's ids and falls back to the S3-style ones", () => {
    expect(requestIdsOf({ "x-amzn-requestid": "a", "x-amz-apigw-id": "b" })).toEqual({ requestId: "a", extendedRequestId: "b" });
    expect(requestIdsOf({ "x-amz-request-id": "c", "x-amz-id-2": "d" })).toEqual({ requestId: "c", extendedRequestId: "d" });
    expect(requestIdsOf({})).toEqual({});
  });
});
