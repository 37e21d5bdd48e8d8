// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation ${name} placeholders
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkTemplate } from "./check-template";
import { findSamConfig, parseParameterOverrides, readSamConfig, samConfigFor } from "./samconfig";

function repo(samconfig: string): string {
  const root = mkdtempSync(join(tmpdir(), "routes-samconfig-"));
  writeFileSync(join(root, "samconfig.toml"), samconfig);
  mkdirSync(join(root, "templates", "demo"), { recursive: true });
  writeFileSync(
    join(root, "templates", "demo", "template.yaml"),
    "Parameters:\n  Stage: { Type: String, Default: v1 }\nResources:\n  Q: { Type: AWS::SQS::Queue, Properties: { QueueName: !Sub '${AWS::StackName}-${Stage}' } }\n",
  );
  return root;
}

const CONFIG = `version = 0.1
[demo.deploy.parameters]
stack_name = "apigw-playground-demo-stack"
template_file = "templates/demo/template.yaml"
parameter_overrides = "Stage=prod Other=\\"two words\\""

[other.global.parameters]
stack_name = "other-stack"
`;

describe("samconfig.toml", () => {
  it("reads stack names, template files and parameter overrides per config env", () => {
    const root = repo(CONFIG);
    expect(readSamConfig(join(root, "samconfig.toml"))).toEqual([
      {
        env: "demo",
        stackName: "apigw-playground-demo-stack",
        templateFile: join(root, "templates/demo/template.yaml"),
        parameterOverrides: { Stage: "prod", Other: "two words" },
      },
      { env: "other", stackName: "other-stack", parameterOverrides: {} },
    ]);
  });

  it("is found above the template and matched by template_file or env name", () => {
    const root = repo(CONFIG);
    expect(findSamConfig(join(root, "templates", "demo"))).toBe(join(root, "samconfig.toml"));
    const envs = readSamConfig(join(root, "samconfig.toml"));
    expect(samConfigFor(envs, join(root, "templates/demo/template.yaml"), "x")?.env).toBe("demo");
    expect(samConfigFor(envs, "/elsewhere/template.yaml", "other")?.env).toBe("other");
    expect(samConfigFor(envs, "/elsewhere/template.yaml", "none")).toBeUndefined();
  });

  it("gives loadTemplate its stack name and overrides; explicit options win", () => {
    const root = repo(CONFIG);
    const file = join(root, "templates", "demo", "template.yaml");
    const fromConfig = checkTemplate(file).model;
    expect(fromConfig?.stackName).toBe("apigw-playground-demo-stack");
    expect(fromConfig?.resources.Q?.physicalId).toMatch(/\/apigw-playground-demo-stack-prod$/);
    const explicit = checkTemplate(file, { stackName: "mine", parameters: { Stage: "dev" } }).model;
    expect(explicit?.resources.Q?.physicalId).toMatch(/\/mine-dev$/);
    expect(checkTemplate(file, { samconfig: false }).model?.stackName).toBe("apigw-playground-demo");
  });

  it("parses parameter_overrides written as a list", () => {
    expect(parseParameterOverrides(["A=1", "B=x=y"])).toEqual({ A: "1", B: "x=y" });
  });
});
