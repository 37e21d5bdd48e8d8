// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation ${Name} placeholders, not JS templates
import { propertiesOf, resolveYaml } from "./test-helpers";

/** A template with one resource `R` whose properties are `properties` (YAML lines). */
function withProperties(properties: string, extra = ""): string {
  const indented = properties
    .split("\n")
    .map((line) => `      ${line}`)
    .join("\n");
  return `${extra}
Resources:
  R:
    Type: Custom::Thing
    Properties:
${indented}
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: items
  Queue:
    Type: AWS::SQS::Queue
`;
}

describe("resolveIntrinsics", () => {
  it("resolves Ref to parameters, pseudo parameters and resources", () => {
    const { properties, problems } = propertiesOf(
      withProperties(
        "P: !Ref Env\nRegion: !Ref AWS::Region\nAccount: !Ref AWS::AccountId\nStack: !Ref AWS::StackName\nPartition: !Ref AWS::Partition\nSuffix: !Ref AWS::URLSuffix\nTable: !Ref Table\nQueue: !Ref Queue",
        "Parameters:\n  Env: { Type: String, Default: dev }",
      ),
      "R",
      { region: "eu-west-1", accountId: "111122223333" },
    );
    expect(problems).toEqual([]);
    expect(properties).toEqual({
      P: "dev",
      Region: "eu-west-1",
      Account: "111122223333",
      Stack: "stack",
      Partition: "aws",
      Suffix: "amazonaws.com",
      Table: "items",
      Queue: "https://sqs.eu-west-1.amazonaws.com/111122223333/stack-Queue",
    });
  });

  it("gives AWS::StackId a stable stack ARN", () => {
    const first = propertiesOf(withProperties("Id: !Ref AWS::StackId"), "R").properties?.Id;
    expect(first).toMatch(/^arn:aws:cloudformation:us-east-1:123456789012:stack\/stack\/[0-9a-f-]{36}$/);
    expect(propertiesOf(withProperties("Id: !Ref AWS::StackId"), "R").properties?.Id).toBe(first);
  });

  it("removes properties and list items that resolve to AWS::NoValue", () => {
    const { properties } = propertiesOf(withProperties("Gone: !Ref AWS::NoValue\nList: [a, !Ref AWS::NoValue, b]\nKept: 1"), "R");
    expect(properties).toEqual({ List: ["a", "b"], Kept: 1 });
  });

  it("resolves Fn::GetAtt in both forms", () => {
    const { properties } = propertiesOf(withProperties("A: !GetAtt Table.Arn\nB: { 'Fn::GetAtt': [Queue, QueueName] }"), "R");
    expect(properties).toEqual({ A: "arn:aws:dynamodb:us-east-1:123456789012:table/items", B: "stack-Queue" });
  });

  it("reports Fn::GetAtt of an attribute it does not know instead of guessing", () => {
    const { problems } = propertiesOf(withProperties("A: !GetAtt Table.Nope"), "R");
    expect(problems).toEqual([
      "Resources.R.Properties.A.Fn::GetAtt: cannot resolve Fn::GetAtt Table.Nope for type AWS::DynamoDB::Table locally",
    ]);
  });

  it("substitutes parameters, pseudo parameters, resources and attributes in Fn::Sub", () => {
    const { properties, problems } = propertiesOf(
      withProperties(
        "A: !Sub 'arn:${AWS::Partition}:${AWS::Region}:${Env}:${Table}:${Table.Arn}'",
        "Parameters:\n  Env: { Type: String, Default: dev }",
      ),
      "R",
    );
    expect(problems).toEqual([]);
    expect(properties?.A).toBe("arn:aws:us-east-1:dev:items:arn:aws:dynamodb:us-east-1:123456789012:table/items");
  });

  it("uses the Fn::Sub variable map before anything else, resolving its values", () => {
    const { properties } = propertiesOf(withProperties("A: !Sub ['${Table}-${X}', { Table: mine, X: !GetAtt Queue.QueueName }]"), "R");
    expect(properties?.A).toBe("mine-stack-Queue");
  });

  it("keeps ${!Literal} as ${Literal}, so stage variables survive Fn::Sub", () => {
    const { properties, problems } = propertiesOf(withProperties("A: !Sub 'http://${!stageVariables.host}/${Table}'"), "R");
    expect(problems).toEqual([]);
    expect(properties?.A).toBe("http://${stageVariables.host}/items");
  });

  it("reports Fn::Sub variables that are lists", () => {
    const { problems } = propertiesOf(
      withProperties("A: !Sub '${Zones}'", "Parameters:\n  Zones: { Type: CommaDelimitedList, Default: 'a,b' }"),
      "R",
    );
    expect(problems).toEqual(["Resources.R.Properties.A.Fn::Sub: Fn::Sub variable ${Zones} must resolve to a string, not a list"]);
  });

  it("joins, selects and splits", () => {
    const { properties, problems } = propertiesOf(
      withProperties("J: !Join [':', [a, !Ref AWS::Region]]\nS: !Select [1, !Split [',', 'x,y,z']]\nN: !Select ['0', [first]]"),
      "R",
    );
    expect(problems).toEqual([]);
    expect(properties).toEqual({ J: "a:us-east-1", S: "y", N: "first" });
  });

  it("reports Fn::Select out of range", () => {
    expect(propertiesOf(withProperties("S: !Select [3, [a]]"), "R").problems).toEqual([
      "Resources.R.Properties.S.Fn::Select.0: Fn::Select index 3 is out of range for a list of 1",
    ]);
  });

  it("encodes Fn::Base64", () => {
    expect(propertiesOf(withProperties("B: !Base64 'hello ${x}'"), "R").properties?.B).toBe(
      Buffer.from("hello ${x}").toString("base64"),
    );
  });

  it("lists three availability zones for Fn::GetAZs", () => {
    const { properties } = propertiesOf(withProperties("A: !GetAZs ''\nB: !GetAZs eu-west-1"), "R");
    expect(properties).toEqual({ A: ["us-east-1a", "us-east-1b", "us-east-1c"], B: ["eu-west-1a", "eu-west-1b", "eu-west-1c"] });
  });

  it("looks up Fn::FindInMap, with the language-extensions default", () => {
    const mappings = "Mappings:\n  Sizes:\n    us-east-1: { Small: 1 }";
    const { properties, problems } = propertiesOf(
      withProperties("A: !FindInMap [Sizes, !Ref AWS::Region, Small]\nB: !FindInMap [Sizes, eu, Small, { DefaultValue: 9 }]", mappings),
      "R",
    );
    expect(problems).toEqual([]);
    expect(properties).toEqual({ A: 1, B: 9 });
    expect(propertiesOf(withProperties("A: !FindInMap [Sizes, eu, Small]", mappings), "R").problems).toEqual([
      "Resources.R.Properties.A.Fn::FindInMap: Fn::FindInMap: mapping Sizes has no eu.Small",
    ]);
  });

  it("computes Fn::Cidr for IPv4 and IPv6", () => {
    const { properties } = propertiesOf(withProperties("A: !Cidr ['10.0.0.0/16', 3, 8]\nB: !Cidr ['2001:db8::/56', 2, 64]"), "R");
    expect(properties).toEqual({
      A: ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"],
      B: ["2001:db8::/64", "2001:db8:0:1::/64"],
    });
  });

  it("reports Fn::ImportValue, which cannot be resolved locally", () => {
    expect(propertiesOf(withProperties("A: !ImportValue shared-vpc"), "R").problems).toEqual([
      "Resources.R.Properties.A.Fn::ImportValue: cannot resolve Fn::ImportValue shared-vpc locally: exports of other stacks are not available",
    ]);
  });

  it("serialises Fn::ToJsonString and counts Fn::Length", () => {
    const { properties } = propertiesOf(withProperties("A: !ToJsonString { k: !Ref AWS::Region }\nB: !Length [a, b]"), "R");
    expect(properties).toEqual({ A: '{"k":"us-east-1"}', B: 2 });
  });

  it("reports condition functions used outside Conditions and unknown functions", () => {
    const { problems } = propertiesOf(withProperties("A: !Equals [a, a]\nB: { 'Fn::Nope': 1 }"), "R");
    expect(problems).toEqual([
      "Resources.R.Properties.A.Fn::Equals: Fn::Equals can only be used in the Conditions section",
      "Resources.R.Properties.B.Fn::Nope: unknown intrinsic function Fn::Nope",
    ]);
  });

  it("reports Ref to names that do not exist", () => {
    expect(propertiesOf(withProperties("A: !Ref Missing\nB: !Ref AWS::Nope"), "R").problems).toEqual([
      "Resources.R.Properties.A.Ref: Ref Missing: no parameter or resource with that name",
      "Resources.R.Properties.B.Ref: unknown pseudo parameter AWS::Nope",
    ]);
  });

  it("reports circular references", () => {
    const { problems } = resolveYaml(
      "Resources:\n  A: { Type: AWS::SNS::Topic, Properties: { TopicName: !GetAtt B.QueueName } }\n  B: { Type: AWS::SQS::Queue, Properties: { QueueName: !GetAtt A.TopicName } }\n",
    );
    expect(problems).toContain("Resources.B.Properties.QueueName.Fn::GetAtt: circular reference: A → B → A");
  });

  it("resolves SAM's Ref Api.Stage and Api.Deployment", () => {
    const { resolved, problems } = resolveYaml(
      "Resources:\n  Api: { Type: AWS::Serverless::Api, Properties: { StageName: v1 } }\n  R: { Type: Custom::X, Properties: { S: !Ref Api.Stage, D: !Ref Api.Deployment } }\n",
    );
    expect(problems).toEqual([]);
    expect(resolved.resources.R?.properties.S).toBe("v1");
    expect(resolved.resources.R?.properties.D).toMatch(/^[a-z0-9]{6}$/);
  });

  it("records references as dependencies, with DependsOn", () => {
    const { resolved } = resolveYaml(
      "Resources:\n  T: { Type: AWS::SNS::Topic }\n  Q: { Type: AWS::SQS::Queue, DependsOn: T, Properties: { X: !GetAtt Q2.Arn } }\n  Q2: { Type: AWS::SQS::Queue }\n",
    );
    expect(resolved.resources.Q?.dependsOn).toEqual(["T", "Q2"]);
  });
});
