import { resolveYaml } from "./test-helpers";

const parameters = `
Parameters:
  Env: { Type: String, Default: dev, AllowedValues: [dev, prod] }
  Count: { Type: Number, Default: 3, MinValue: 1, MaxValue: 5 }
  Subnets: { Type: CommaDelimitedList, Default: "a, b ,c" }
  Ids: { Type: "List<AWS::EC2::Subnet::Id>", Default: "subnet-1,subnet-2" }
  Ami: { Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: /aws/service/ami }
  Name: { Type: String, Default: ok, AllowedPattern: "[a-z]+", ConstraintDescription: lowercase letters }
Resources:
  Q: { Type: AWS::SQS::Queue }
`;

describe("parameters", () => {
  it("uses defaults, turns lists into arrays and SSM parameters into placeholders", () => {
    const { resolved, problems } = resolveYaml(parameters);
    expect(problems).toEqual([]);
    expect(resolved.parameters).toEqual({
      Env: "dev",
      Count: "3",
      Subnets: ["a", "b", "c"],
      Ids: ["subnet-1", "subnet-2"],
      Ami: "{{resolve:ssm:/aws/service/ami}}",
      Name: "ok",
    });
  });

  it("applies overrides over defaults", () => {
    const { resolved } = resolveYaml(parameters, { parameters: { Env: "prod", Subnets: ["x"] } });
    expect(resolved.parameters.Env).toBe("prod");
    expect(resolved.parameters.Subnets).toEqual(["x"]);
  });

  it("reports values outside AllowedValues, patterns and ranges, and undeclared overrides", () => {
    const { problems } = resolveYaml(parameters, { parameters: { Env: "qa", Count: 9, Name: "Bad1", Extra: "x" } });
    expect(problems).toEqual([
      "Parameters: parameter Extra was given a value but the template does not declare it",
      'Parameters.Env: parameter Env: "qa" is not one of the AllowedValues: dev, prod',
      "Parameters.Count: parameter Count: 9 must be between 1 and 5",
      'Parameters.Name: parameter Name: "Bad1" does not match AllowedPattern [a-z]+ (lowercase letters)',
    ]);
  });

  it("reports parameters without a value", () => {
    const { problems } = resolveYaml("Parameters:\n  Need: { Type: String }\nResources: {}\n");
    expect(problems).toEqual([
      "Parameters.Need: parameter Need has no Default and no value was given; pass it as a parameter override",
    ]);
  });

  it("reports non-numeric Number parameters", () => {
    const { problems } = resolveYaml(parameters, { parameters: { Count: "many" } });
    expect(problems).toEqual(['Parameters.Count: parameter Count: "many" is not a number']);
  });
});

describe("NoEcho parameters", () => {
  it("get a stable local value when nobody supplies one", () => {
    const source = "Parameters:\n  Key: { Type: String, NoEcho: true, MinLength: 20 }\nResources: {}\n";
    const first = resolveYaml(source);
    expect(first.problems).toEqual([]);
    expect(first.resolved.parameters.Key).toMatch(/^[a-z0-9]{40}$/);
    expect(resolveYaml(source).resolved.parameters.Key).toBe(first.resolved.parameters.Key);
    expect(resolveYaml(source, { parameters: { Key: "given-value-of-20-chars" } }).resolved.parameters.Key).toBe(
      "given-value-of-20-chars",
    );
  });
});
