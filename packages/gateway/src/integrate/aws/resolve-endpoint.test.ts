import { resolveEndpoint } from "./resolve-endpoint";

const dynamodb = { service: "dynamodb", region: "eu-west-1" };

describe("resolveEndpoint", () => {
  it("uses the awsEndpoints option first", () => {
    const endpoint = resolveEndpoint(dynamodb, () => "http://127.0.0.1:4000/", { AWS_ENDPOINT_URL_DYNAMODB: "http://127.0.0.1:5000" });
    expect(endpoint).toMatchObject({ overridden: true, source: "option" });
    expect(endpoint.base.origin).toBe("http://127.0.0.1:4000");
  });

  it("falls through to AWS_ENDPOINT_URL_<SERVICE_ID> when the option answers undefined", () => {
    const endpoint = resolveEndpoint(dynamodb, () => undefined, { AWS_ENDPOINT_URL_DYNAMODB: "http://127.0.0.1:5000", AWS_ENDPOINT_URL: "http://127.0.0.1:6000" });
    expect(endpoint).toMatchObject({ overridden: true, source: "env:AWS_ENDPOINT_URL_DYNAMODB" });
    expect(endpoint.base.port).toBe("5000");
  });

  it.each([
    ["events", "AWS_ENDPOINT_URL_EVENTBRIDGE"],
    ["states", "AWS_ENDPOINT_URL_SFN"],
    ["sync-states", "AWS_ENDPOINT_URL_SFN"],
    ["s3", "AWS_ENDPOINT_URL_S3"],
    ["sns", "AWS_ENDPOINT_URL_SNS"],
    ["sqs", "AWS_ENDPOINT_URL_SQS"],
  ])("reads %s's endpoint from %s (the SDKs' service id)", (service, variable) => {
    const endpoint = resolveEndpoint({ service, region: "us-east-1" }, undefined, { [variable]: "http://127.0.0.1:7000" });
    expect(endpoint.source).toBe(`env:${variable}`);
  });

  it("uses AWS_ENDPOINT_URL for any service without its own variable", () => {
    expect(resolveEndpoint(dynamodb, undefined, { AWS_ENDPOINT_URL: "http://127.0.0.1:6000" }).source).toBe("env:AWS_ENDPOINT_URL");
  });

  it("ignores empty variables and defaults to the real regional endpoint", () => {
    const endpoint = resolveEndpoint(dynamodb, undefined, { AWS_ENDPOINT_URL_DYNAMODB: "", AWS_ENDPOINT_URL: "" });
    expect(endpoint).toMatchObject({ overridden: false, source: "aws" });
    expect(endpoint.base.href).toBe("https://dynamodb.eu-west-1.amazonaws.com/");
  });

  it("puts a subdomain and a host label in front of the real endpoint", () => {
    expect(resolveEndpoint({ service: "s3", region: "us-east-1", subdomain: "my-bucket" }, undefined, {}).base.host).toBe("my-bucket.s3.us-east-1.amazonaws.com");
    expect(resolveEndpoint({ service: "states", region: "us-east-1", host: "sync-states" }, undefined, {}).base.host).toBe("sync-states.us-east-1.amazonaws.com");
  });

  it("keeps an endpoint's base path without its trailing slash", () => {
    expect(resolveEndpoint(dynamodb, () => "http://127.0.0.1:4566/aws/", {}).base.pathname).toBe("/aws");
  });

  it("throws on an endpoint that is not a URL", () => {
    expect(() => resolveEndpoint(dynamodb, () => "not a url", {})).toThrow(/Invalid URL/);
  });
});
