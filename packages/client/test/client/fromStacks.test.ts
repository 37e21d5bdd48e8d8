import { CloudFormationError } from "../../src/errors/CloudFormationError";
import { StackNotFoundError } from "../../src/errors/StackNotFoundError";
import { StackOutputMissingError } from "../../src/errors/StackOutputMissingError";
import { describeStacksHandler } from "../helpers/describeStacksHandler";
import { FixtureClient } from "../helpers/fixtureClient";
import { localCredentials, sendJson, startTestServer, type TestServer } from "../helpers/testServer";

let api: TestServer;
let cloudFormation: TestServer;
beforeEach(async () => {
  api = await startTestServer((_req, res) => sendJson(res, 200, { id: "7", name: "from the stack" }));
  cloudFormation = await startTestServer(
    describeStacksHandler({
      "apigw-playground-fixture": { ApiUrl: `${api.origin}/v1`, TableName: "items" },
      "no-url-stack": { TableName: "items" },
    }),
    { service: "cloudformation" },
  );
});
afterEach(async () => {
  await api.close();
  await cloudFormation.close();
});

const base = () => ({ region: "us-east-1", credentials: localCredentials, cloudFormationEndpoint: cloudFormation.origin });

describe("PlaygroundClient.fromStacks", () => {
  test("reads the ApiUrl output with a signed DescribeStacks and calls the API there", async () => {
    const client = await FixtureClient.fromStacks({ ...base(), stacks: { fixture: "apigw-playground-fixture" } });
    await expect(client.fixture.getItem({ path: { id: "7" } })).resolves.toEqual({ id: "7", name: "from the stack" });
    await client.close();
    const [describe] = cloudFormation.requests;
    expect(describe?.verdict).toMatchObject({ valid: true });
    expect(describe?.method).toBe("POST");
    expect(describe?.header("content-type")).toBe("application/x-www-form-urlencoded; charset=utf-8");
    expect(describe?.body.toString()).toBe("Action=DescribeStacks&StackName=apigw-playground-fixture&Version=2010-05-15");
    expect(describe?.header("authorization")).toContain("/us-east-1/cloudformation/aws4_request");
    expect(api.requests[0]?.target).toBe("/v1/items/7");
    expect(api.requests[0]?.verdict.valid).toBe(true);
  });

  test("a missing stack says which and how to deploy it", async () => {
    const error = await FixtureClient.fromStacks({ ...base(), stacks: { fixture: "apigw-playground-dynamodb" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StackNotFoundError);
    expect((error as Error).message).toBe("Stack apigw-playground-dynamodb not found in us-east-1: run `sam deploy --config-env fixture`.");
    expect(error).toMatchObject({ $fault: "client", $metadata: { httpStatusCode: 400, requestId: "cfn-request-1", attempts: 1 } });
  });

  test("a stack without an ApiUrl output names the outputs it has", async () => {
    const error = await FixtureClient.fromStacks({ ...base(), stacks: { fixture: "no-url-stack" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StackOutputMissingError);
    expect((error as Error).message).toMatch(/^Stack no-url-stack in us-east-1 has no ApiUrl output \(outputs: TableName\)/);
  });

  test("another CloudFormation error keeps its code as the error name", async () => {
    const error = await FixtureClient.fromStacks({
      ...base(),
      credentials: { accessKeyId: localCredentials.accessKeyId, secretAccessKey: "wrong" },
      stacks: { fixture: "apigw-playground-fixture" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudFormationError);
    expect(error).toMatchObject({ name: "SignatureDoesNotMatch", code: "SignatureDoesNotMatch", $metadata: { httpStatusCode: 403 } });
    expect((error as Error).message).toMatch(/cloudformation:DescribeStacks/);
  });

  test("an explicit endpoint wins over the stack, which is then not looked up", async () => {
    const client = await FixtureClient.fromStacks({ ...base(), endpoints: { fixture: `${api.origin}/v2` }, stacks: { fixture: "apigw-playground-fixture" } });
    await client.close();
    expect(client.endpoint("fixture")?.href).toBe(`${api.origin}/v2`);
    expect(cloudFormation.requests).toHaveLength(0);
  });
});
