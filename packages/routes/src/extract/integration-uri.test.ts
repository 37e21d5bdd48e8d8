import { parseIntegrationUri } from "./integration-uri";

describe("parseIntegrationUri", () => {
  it("parses AWS actions with parameters after the action", () => {
    expect(parseIntegrationUri("arn:aws:apigateway:us-east-1:sqs:action/SendMessage&Version=2012-11-05&A=b%20c")).toEqual({
      kind: "aws-action",
      region: "us-east-1",
      service: "sqs",
      action: "SendMessage",
      actionParams: { Version: "2012-11-05", A: "b c" },
    });
  });

  it("parses AWS paths, with colons inside and a subdomain", () => {
    expect(parseIntegrationUri("arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:1:function:f/invocations")).toEqual({
      kind: "aws-path",
      region: "eu-west-1",
      service: "lambda",
      path: "2015-03-31/functions/arn:aws:lambda:eu-west-1:1:function:f/invocations",
    });
    expect(parseIntegrationUri("arn:aws:apigateway:us-east-1:abc123.iotdata:path/things/x")).toEqual({
      kind: "aws-path",
      region: "us-east-1",
      service: "iotdata",
      subdomain: "abc123",
      path: "things/x",
    });
  });

  it("keeps http(s) URLs and rejects anything else", () => {
    expect(parseIntegrationUri("https://example.com/{id}")).toEqual({ kind: "http", url: "https://example.com/{id}" });
    expect(parseIntegrationUri("arn:aws:sqs:us-east-1:1:q")).toBeUndefined();
    expect(parseIntegrationUri("example.com")).toBeUndefined();
  });
});
