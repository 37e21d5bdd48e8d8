import { gatewayEndpoints, localServiceOf } from "./gatewayEndpoints";

describe("gatewayEndpoints", () => {
  const resolve = gatewayEndpoints({ dynamodb: "http://127.0.0.1:1", states: "http://127.0.0.1:2" });

  it("sends each integration service to the stack's endpoint, whatever the region", () => {
    expect(resolve("dynamodb", "us-east-1")).toBe("http://127.0.0.1:1");
    expect(resolve("dynamodb", "eu-west-1")).toBe("http://127.0.0.1:1");
  });

  it("serves StartSyncExecution's sync-states host from the Step Functions endpoint", () => {
    expect(resolve("sync-states", "us-east-1")).toBe("http://127.0.0.1:2");
    expect(localServiceOf("sync-states")).toBe("states");
  });

  it("leaves services the stack does not run to the gateway's own resolution", () => {
    expect(resolve("s3", "us-east-1")).toBeUndefined();
    expect(resolve("kinesis", "us-east-1")).toBeUndefined();
    expect(localServiceOf("kinesis")).toBeUndefined();
  });
});
