import { parseQueueArn, parseQueueUrl } from "./queueUrl";

describe("parseQueueUrl", () => {
  it("reads the local queue URL form", () => {
    expect(parseQueueUrl("http://127.0.0.1:4567/123456789012/orders")).toEqual({ accountId: "123456789012", name: "orders" });
  });

  it("reads the AWS queue URL form that templates resolve to", () => {
    expect(parseQueueUrl("https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo")).toEqual({
      accountId: "123456789012",
      name: "orders.fifo",
    });
  });

  it("rejects a URL without account and name", () => {
    expect(parseQueueUrl("https://sqs.us-east-1.amazonaws.com/orders")).toBeUndefined();
    expect(parseQueueUrl("not a url")).toBeUndefined();
  });
});

describe("parseQueueArn", () => {
  it("reads account and name", () => {
    expect(parseQueueArn("arn:aws:sqs:us-east-1:123456789012:orders")).toEqual({ accountId: "123456789012", name: "orders" });
  });

  it("rejects another service's ARN", () => {
    expect(parseQueueArn("arn:aws:sns:us-east-1:123456789012:orders")).toBeUndefined();
  });
});
