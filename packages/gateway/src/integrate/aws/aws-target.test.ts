import { parseAwsTarget } from "./aws-target";

describe("parseAwsTarget", () => {
  it("reads an action URI with parameters after the action", () => {
    expect(parseAwsTarget("arn:aws:apigateway:eu-west-1:sqs:action/SendMessage&Version=2012-11-05")).toMatchObject({
      kind: "action",
      region: "eu-west-1",
      service: "sqs",
      action: "SendMessage",
      actionParams: { Version: "2012-11-05" },
    });
  });

  it("sends states:action/StartSyncExecution to the sync-states endpoint, signed as states", () => {
    const target = parseAwsTarget("arn:aws:apigateway:us-east-1:states:action/StartSyncExecution");
    expect(target?.protocol).toMatchObject({ host: "sync-states", signingName: "states", targetPrefix: "AWSStepFunctions" });
    expect(parseAwsTarget("arn:aws:apigateway:us-east-1:states:action/StartExecution")?.protocol.host).toBeUndefined();
  });

  it("reads a path URI with a subdomain", () => {
    expect(parseAwsTarget("arn:aws:apigateway:us-east-1:my-bucket.s3:path/a%2Fb.png")).toMatchObject({
      kind: "path",
      service: "s3",
      subdomain: "my-bucket",
      path: "a%2Fb.png",
    });
  });

  it("gives services it has no table entry for a generic protocol", () => {
    expect(parseAwsTarget("arn:aws:apigateway:us-east-1:firehose:action/PutRecord")?.protocol).toEqual({ signingName: "firehose", endpointId: "FIREHOSE", protocol: "rest" });
  });

  it("returns undefined for an http URL", () => {
    expect(parseAwsTarget("https://example.com/x")).toBeUndefined();
  });
});
