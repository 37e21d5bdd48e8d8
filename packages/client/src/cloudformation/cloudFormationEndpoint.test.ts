import { cloudFormationEndpoint } from "./cloudFormationEndpoint";

describe("cloudFormationEndpoint", () => {
  test("the regional endpoint by default, .com.cn in China", () => {
    expect(cloudFormationEndpoint("eu-west-1", undefined, {}).href).toBe("https://cloudformation.eu-west-1.amazonaws.com/");
    expect(cloudFormationEndpoint("cn-north-1", undefined, {}).href).toBe("https://cloudformation.cn-north-1.amazonaws.com.cn/");
  });

  test("the option, then the service variable, then the global variable", () => {
    const env = { AWS_ENDPOINT_URL: "http://127.0.0.1:1/", AWS_ENDPOINT_URL_CLOUDFORMATION: "http://127.0.0.1:2/" };
    expect(cloudFormationEndpoint("us-east-1", "http://127.0.0.1:3", env).port).toBe("3");
    expect(cloudFormationEndpoint("us-east-1", undefined, env).port).toBe("2");
    expect(cloudFormationEndpoint("us-east-1", undefined, { AWS_ENDPOINT_URL: "http://127.0.0.1:1/" }).port).toBe("1");
  });
});
