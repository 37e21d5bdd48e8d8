import { CloudFormationError, NetworkError, StackNotFoundError } from "@apigw-playground/client";
import { describeLookupFailures, noCredentials } from "./openAwsTarget";

describe("noCredentials", () => {
  it("says where to put credentials when the chain found none", () => {
    expect(noCredentials(undefined, new Error("Could not load credentials from any providers"))).toBe(
      "No AWS credentials found for --target aws: set AWS_PROFILE (or pass --profile), set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run `aws sso login`.",
    );
  });

  it("names the profile and keeps the chain's reason when it had one", () => {
    expect(noCredentials("dev", new Error("The SSO session associated with this profile has expired."))).toBe(
      "No usable AWS credentials for profile dev (The SSO session associated with this profile has expired): check it in ~/.aws/config, or run `aws sso login --profile dev`.",
    );
  });
});

describe("describeLookupFailures", () => {
  const missing = (template: string) => ({
    template,
    stackName: `apigw-playground-${template}`,
    error: new StackNotFoundError({ stackName: `apigw-playground-${template}`, region: "us-east-1", template, metadata: {} }),
  });

  it("names one missing stack and the sam deploy that creates it", () => {
    expect(describeLookupFailures([missing("sns")], "us-east-1")).toBe(
      "Stack apigw-playground-sns is not deployed in us-east-1: run `sam deploy --config-env sns` (or name yours with --stack sns=<stackName>).",
    );
  });

  it("prefers a failure that is not a missing stack: refused credentials say to refresh them", () => {
    const refused = new CloudFormationError({ code: "ExpiredToken", message: "The security token included in the request is expired", status: 403, request: "POST /", metadata: {} });
    expect(describeLookupFailures([missing("sns"), { template: "s3", stackName: "apigw-playground-s3", error: refused }], "us-east-1")).toBe(
      "CloudFormation refused the credentials (ExpiredToken): refresh them (`aws sso login`, or new AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) and try again.",
    );
  });

  it("says CloudFormation could not be reached, and which settings move it", () => {
    const unreachable = new NetworkError({ code: "ECONNREFUSED", request: "POST http://127.0.0.1:9/", cause: new Error("connect ECONNREFUSED"), metadata: {} });
    expect(describeLookupFailures([{ template: "mock", stackName: "apigw-playground-mock", error: unreachable }], "eu-west-1")).toBe(
      "Could not reach CloudFormation in eu-west-1 (ECONNREFUSED): check the network, or AWS_ENDPOINT_URL_CLOUDFORMATION / AWS_ENDPOINT_URL if you set them.",
    );
  });
});
