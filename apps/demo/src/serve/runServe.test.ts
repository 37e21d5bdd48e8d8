import type { LocalStack } from "@apigw-playground/local-stack";
import { runServe } from "./runServe";

describe("pnpm local", () => {
  let stack: LocalStack | undefined;
  let printed = "";

  beforeAll(async () => {
    stack = await runServe(["--only", "mock,http"], { stdout: { write: (text: string) => (printed += text) }, logger: { info() {}, warn() {}, error() {} } });
  }, 30_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("prints each API's base URL, the credentials, the API key, the upstreams and a signed curl call", () => {
    if (!stack) throw new Error("the stack did not start");
    const lines = printed.split("\n");
    for (const api of stack.apis) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^ +${api.templateName} +${api.url}$`)));
    expect(printed).toContain("access key id      AKIDLOCALPLAYGROUND");
    expect(printed).toContain("secret access key  local-playground-secret");
    expect(printed).toContain(`mock  ${stack.apiKeys["mock"]?.[0]}`);
    expect(printed).toContain(`http     ${stack.upstreams.http}`);
    expect(printed).toContain(`--aws-sigv4 "aws:amz:us-east-1:execute-api" --user "AKIDLOCALPLAYGROUND:local-playground-secret" -X POST -H "content-type: application/json" -d '{"name":"name"}' "${stack.urlFor("http")}/greetings"`);
    expect(printed).toContain("Press Ctrl+C to stop.");
  });

  it("serves what it printed: the gateway answers an unsigned call with 403", async () => {
    if (!stack) throw new Error("the stack did not start");
    const response = await fetch(`${stack.urlFor("mock")}/hello`);
    expect(response.status).toBe(403);
    expect(response.headers.get("x-amzn-errortype")).toBe("MissingAuthenticationTokenException");
  });

  it("prints the usage for --help and starts nothing", async () => {
    let help = "";
    expect(await runServe(["--help"], { stdout: { write: (text: string) => (help += text) } })).toBeUndefined();
    expect(help).toContain("Usage: pnpm local [options]");
  });
});
