import { UsageError } from "../errors/UsageError";
import { DEMO_DEFAULTS } from "./demoOptions";
import { parseDemoArgs, parseTemplateList } from "./parseDemoArgs";

function usageErrorOf(argv: readonly string[], env: NodeJS.ProcessEnv = {}): UsageError {
  try {
    parseDemoArgs(argv, env);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`parseDemoArgs accepted ${argv.join(" ")}`);
}

describe("parseDemoArgs", () => {
  it("runs every template locally in us-east-1 by default", () => {
    expect(parseDemoArgs([], {})).toEqual({ kind: "run", options: { json: false, verbose: false, target: "local", region: "us-east-1", stacks: {} } });
  });

  it("reads every option", () => {
    const command = parseDemoArgs(
      ["--only", "dynamodb, s3", "--json", "--verbose", "--target", "aws", "--region", "eu-west-1", "--profile", "dev", "--stack", "s3=my-s3", "--stack", "mock=m", "--api-key", "k"],
      {},
    );
    expect(command).toEqual({
      kind: "run",
      options: { only: ["dynamodb", "s3"], json: true, verbose: true, target: "aws", region: "eu-west-1", profile: "dev", stacks: { s3: "my-s3", mock: "m" }, apiKey: "k" },
    });
  });

  it("takes the aws region from AWS_REGION, then AWS_DEFAULT_REGION", () => {
    expect(parseDemoArgs(["--target", "aws"], { AWS_REGION: "eu-central-1", AWS_DEFAULT_REGION: "ap-south-1" })).toMatchObject({ options: { region: "eu-central-1" } });
    expect(parseDemoArgs(["--target", "aws"], { AWS_DEFAULT_REGION: "ap-south-1" })).toMatchObject({ options: { region: "ap-south-1" } });
  });

  it("keeps the local stack's region whatever AWS_REGION says", () => {
    expect(parseDemoArgs([], { AWS_REGION: "eu-central-1" })).toMatchObject({ options: { region: DEMO_DEFAULTS.region } });
  });

  it("answers --help and --version before anything else", () => {
    expect(parseDemoArgs(["--target", "aws", "--help"], {})).toEqual({ kind: "help" });
    expect(parseDemoArgs(["-v"], {})).toEqual({ kind: "version" });
  });

  it("drops the `--` that pnpm passes through", () => {
    expect(parseDemoArgs(["--", "--json"], {})).toMatchObject({ options: { json: true } });
  });

  it.each([
    [["--nope"], "Unknown option --nope: see --help for the options."],
    [["-x"], "Unknown option -x: see --help for the options."],
    [["--only"], "--only needs a value: see --help."],
    [["--json=yes"], "--json takes no value: see --help."],
    [["dynamodb"], 'Unexpected argument "dynamodb": the demo takes only options, see --help.'],
    [["--target", "cloud"], '--target must be local or aws, got "cloud".'],
    [["--region", "mars"], '--region "mars" is not a region name (e.g. us-east-1).'],
    [["--only", " , "], "--only needs at least one template name, e.g. --only dynamodb,s3."],
    [["--target", "aws", "--stack", "dynamodb"], '--stack expects <template>=<stackName>, e.g. --stack dynamodb=my-items-stack, got "dynamodb".'],
    [["--target", "aws", "--stack", "s3=my_stack"], "--stack s3=my_stack: a stack name is a letter followed by letters, digits and hyphens."],
    [["--profile", "dev", "--stack", "s3=x"], "--profile, --stack only apply with --target aws (the local stack has its own stacks, credentials and API key)."],
  ])("refuses %j in one sentence", (argv, message) => {
    const error = usageErrorOf(argv);
    expect(error.message).toBe(message);
    expect(error.$metadata.exitCode).toBe(2);
  });
});

describe("parseTemplateList", () => {
  it("trims names and drops empties and repeats", () => {
    expect(parseTemplateList(" s3,,dynamodb ,s3", "--only")).toEqual(["s3", "dynamodb"]);
  });
});
