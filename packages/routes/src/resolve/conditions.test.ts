import { resolveYaml } from "./test-helpers";

const template = (env: string) => `
Parameters:
  Env: { Type: String, Default: ${env} }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Equals [dev, !Ref Env]
  NotProd: !Not [!Condition IsProd]
  Either: !Or [!Condition IsProd, !Condition IsDev]
  Both: !And [!Condition NotProd, !Condition IsDev]
Resources:
  ProdTopic:
    Type: AWS::SNS::Topic
    Condition: IsProd
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !If [IsProd, prod-queue, !Ref AWS::NoValue]
      Tier: !If [IsProd, !GetAtt ProdTopic.TopicName, none]
Outputs:
  Topic:
    Condition: IsProd
    Value: !Ref ProdTopic
  Always:
    Value: !Ref Queue
`;

describe("conditions", () => {
  it("evaluates Equals, Not, Or, And and Condition", () => {
    expect(resolveYaml(template("dev")).resolved.conditions).toEqual({
      IsProd: false,
      IsDev: true,
      NotProd: true,
      Either: true,
      Both: true,
    });
    expect(resolveYaml(template("prod")).resolved.conditions).toEqual({
      IsProd: true,
      IsDev: false,
      NotProd: false,
      Either: true,
      Both: false,
    });
  });

  it("drops resources and outputs whose condition is false", () => {
    const { resolved, problems } = resolveYaml(template("dev"));
    expect(problems).toEqual([]);
    expect(Object.keys(resolved.resources)).toEqual(["Queue"]);
    expect(Object.keys(resolved.outputs)).toEqual(["Always"]);
  });

  it("honours Fn::If, resolving only the chosen branch", () => {
    expect(resolveYaml(template("dev")).resolved.resources.Queue?.properties).toEqual({ Tier: "none" });
    expect(resolveYaml(template("prod")).resolved.resources.Queue?.properties).toEqual({
      QueueName: "prod-queue",
      Tier: "stack-ProdTopic",
    });
  });

  it("reports unknown and self-referencing conditions", () => {
    const { problems } = resolveYaml(
      "Conditions:\n  Loop: !Not [!Condition Loop]\nResources:\n  Q: { Type: AWS::SQS::Queue, Condition: Missing }\n",
    );
    expect(problems).toEqual([
      "Resources.Q.Condition: no condition named Missing in Conditions",
      "Conditions.Loop.Fn::Not.0.Condition: condition Loop refers to itself",
    ]);
  });
});
