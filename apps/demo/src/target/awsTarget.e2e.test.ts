import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type LocalStack, startLocalStack } from "@apigw-playground/local-stack";
import type { DemoReport } from "../run/results";

// `--target aws` end to end: the deployed stacks are the local stack's APIs, found through a
// CloudFormation stand-in that answers DescribeStacks (Query protocol, XML) with their ApiUrl.
const packageDir = join(__dirname, "..", "..");
const templates = ["dynamodb", "events", "mock", "sns"];
const region = "us-east-1";

let stack: LocalStack;
let cloudFormation: Server;
let cloudFormationUrl: string;
const described: string[] = [];

function describeStacksXml(stackName: string, url: string): string {
  return `<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStacksResult><Stacks><member><StackName>${stackName}</StackName><StackStatus>CREATE_COMPLETE</StackStatus><Outputs><member><OutputKey>ApiUrl</OutputKey><OutputValue>${url}</OutputValue></member></Outputs></member></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></DescribeStacksResponse>`;
}

function stackMissingXml(stackName: string): string {
  return `<ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><Error><Type>Sender</Type><Code>ValidationError</Code><Message>Stack with id ${stackName} does not exist</Message></Error><RequestId>req-2</RequestId></ErrorResponse>`;
}

beforeAll(async () => {
  stack = await startLocalStack({ templates, logger: { info() {}, warn() {}, error() {} } });
  cloudFormation = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString());
      const stackName = form.get("StackName") ?? "";
      described.push(stackName);
      const signed = /Credential=AKIDLOCALPLAYGROUND\/\d{8}\/us-east-1\/cloudformation\/aws4_request/.test(request.headers.authorization ?? "");
      const template = /^apigw-playground-(.+)$/.exec(stackName)?.[1];
      const api = stack.apis.find((candidate) => candidate.templateName === template);
      response.setHeader("content-type", "text/xml");
      if (!signed || form.get("Action") !== "DescribeStacks") {
        response.statusCode = 403;
        response.end("<ErrorResponse><Error><Code>AccessDenied</Code><Message>not signed for cloudformation</Message></Error></ErrorResponse>");
      } else if (api === undefined) {
        response.statusCode = 400;
        response.end(stackMissingXml(stackName));
      } else {
        response.end(describeStacksXml(stackName, api.url));
      }
    });
  });
  await new Promise<void>((resolve) => cloudFormation.listen(0, "127.0.0.1", resolve));
  cloudFormationUrl = `http://127.0.0.1:${(cloudFormation.address() as AddressInfo).port}/`;
}, 30_000);

afterAll(async () => {
  await new Promise((resolve) => cloudFormation.close(resolve));
  await stack.stop();
});

/** Runs the demo in a child process with AWS credentials and the CloudFormation stand-in, and nothing else from this environment. */
function demo(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH,
    HOME: mkdtempSync(join(tmpdir(), "demo-home-")),
    AWS_ACCESS_KEY_ID: stack.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: stack.credentials.secretAccessKey,
    AWS_REGION: region,
    AWS_ENDPOINT_URL_CLOUDFORMATION: cloudFormationUrl,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(packageDir, "bin", "demo.cjs"), ...args], { cwd: packageDir, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("pnpm demo --target aws", () => {
  it("finds each stack's ApiUrl with a signed DescribeStacks and runs the same scenarios", async () => {
    const apiKey = stack.apiKeys["mock"]?.[0] ?? "";
    const { status, stdout, stderr } = await demo(["--target", "aws", "--only", templates.join(","), "--api-key", apiKey, "--json"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as DemoReport;
    expect(report).toMatchObject({ target: "aws", region, summary: { failed: 0, skipped: 0 } });
    expect(described).toEqual(expect.arrayContaining(templates.map((template) => `apigw-playground-${template}`)));
    expect(report.results.find((result) => result.route === "getPremium" && result.step === "with the API key")).toMatchObject({ status: 200, ok: true });
    // Backend records are local-only: the details say what the routes answered, and a note says why.
    expect(report.results.find((result) => result.route === "listDeliveries")?.detail).not.toContain("local EventBridge");
    expect(report.notes.join(" ")).toContain("exist only locally");
    expect(report.results.find((result) => result.step === "wrong secret")).toMatchObject({ status: 403, ok: true });
  }, 60_000);

  it("skips the API key step without --api-key, and says how to run it", async () => {
    const { status, stdout } = await demo(["--target", "aws", "--only", "mock", "--json"]);
    const report = JSON.parse(stdout) as DemoReport;
    expect(status).toBe(0);
    const skipped = report.results.find((result) => result.skipped === true);
    expect(skipped).toMatchObject({ route: "getPremium", step: "with the API key" });
    expect(skipped?.detail).toContain("--api-key");
    expect(report.summary.skipped).toBe(1);
  }, 60_000);

  it("names every stack that is not deployed and the sam deploy to run, in one sentence", async () => {
    const { status, stdout, stderr } = await demo(["--target", "aws", "--only", "mock,s3,sfn"]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      "Stacks apigw-playground-s3, apigw-playground-sfn are not deployed in us-east-1: run `sam deploy --config-env s3`, `sam deploy --config-env sfn` (or pick the deployed ones with --only).",
    ]);
  }, 30_000);

  it("looks up the stack names given with --stack", async () => {
    const { status, stderr } = await demo(["--target", "aws", "--only", "mock", "--stack", "mock=my-mock-stack"]);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe("Stack my-mock-stack is not deployed in us-east-1: run `sam deploy --config-env mock` (or name yours with --stack mock=<stackName>).");
  }, 30_000);
});
