import { LocalStackOptionsError } from "../errors/LocalStackOptionsError";
import { ENDPOINT_ENV_VARS, externalEndpoints } from "./serviceEndpoints";

describe("externalEndpoints", () => {
  it("is empty when nothing names an endpoint", () => {
    expect(externalEndpoints({}, {})).toEqual({});
  });

  it("takes the option first, then AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL (the SDKs' order)", () => {
    const env = { AWS_ENDPOINT_URL: "http://global:1", AWS_ENDPOINT_URL_SQS: "http://sqs-only:2", AWS_ENDPOINT_URL_DYNAMODB: "http://ddb-env:3" };
    expect(externalEndpoints({ dynamodb: "http://ddb-option:4/" }, env)).toEqual({
      dynamodb: "http://ddb-option:4",
      s3: "http://global:1",
      sns: "http://global:1",
      sqs: "http://sqs-only:2",
      events: "http://global:1",
      states: "http://global:1",
    });
  });

  it("uses the SDKs' service ids for EventBridge and Step Functions", () => {
    expect(ENDPOINT_ENV_VARS.events).toBe("AWS_ENDPOINT_URL_EVENTBRIDGE");
    expect(ENDPOINT_ENV_VARS.states).toBe("AWS_ENDPOINT_URL_SFN");
    expect(externalEndpoints({}, { AWS_ENDPOINT_URL_EVENTBRIDGE: "http://eb:1", AWS_ENDPOINT_URL_EVENTS: "http://ignored:2" })).toEqual({ events: "http://eb:1" });
  });

  it("ignores empty variables", () => {
    expect(externalEndpoints({}, { AWS_ENDPOINT_URL: " ", AWS_ENDPOINT_URL_S3: "" })).toEqual({});
  });

  it("refuses a key that is not a service, and a value that is not an http(s) URL", () => {
    expect(() => externalEndpoints({ lambda: "http://x:1" }, {})).toThrow(LocalStackOptionsError);
    expect(() => externalEndpoints({}, { AWS_ENDPOINT_URL_S3: "localhost:4566" })).toThrow('The endpoint for s3 ("localhost:4566") is not an http(s) URL');
  });
});
