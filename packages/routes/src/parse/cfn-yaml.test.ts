// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation ${Name} placeholders, not JS templates
import { parseCloudFormation } from "./cfn-yaml";

describe("parseCloudFormation", () => {
  it.each([
    ["!Ref Table", { Ref: "Table" }],
    ["!Condition IsProd", { Condition: "IsProd" }],
    ["!GetAtt Table.Arn", { "Fn::GetAtt": ["Table", "Arn"] }],
    ["!GetAtt Stack.Outputs.Url", { "Fn::GetAtt": ["Stack", "Outputs.Url"] }],
    ["!GetAtt [Table, Arn]", { "Fn::GetAtt": ["Table", "Arn"] }],
    ["!Sub 'arn:${AWS::Partition}:s3:::x'", { "Fn::Sub": "arn:${AWS::Partition}:s3:::x" }],
    ["!Sub ['${A}', { A: !Ref B }]", { "Fn::Sub": ["${A}", { A: { Ref: "B" } }] }],
    ["!Join [',', [a, b]]", { "Fn::Join": [",", ["a", "b"]] }],
    ["!If [C, a, b]", { "Fn::If": ["C", "a", "b"] }],
    ["!Select [0, !GetAZs '']", { "Fn::Select": [0, { "Fn::GetAZs": "" }] }],
    ["!Split [',', 'a,b']", { "Fn::Split": [",", "a,b"] }],
    ["!Equals [a, b]", { "Fn::Equals": ["a", "b"] }],
    ["!Not [!Condition C]", { "Fn::Not": [{ Condition: "C" }] }],
    ["!And [!Condition A, !Condition B]", { "Fn::And": [{ Condition: "A" }, { Condition: "B" }] }],
    ["!Or [!Condition A, !Condition B]", { "Fn::Or": [{ Condition: "A" }, { Condition: "B" }] }],
    ["!FindInMap [M, a, b]", { "Fn::FindInMap": ["M", "a", "b"] }],
    ["!Base64 hello", { "Fn::Base64": "hello" }],
    ["!ImportValue shared-vpc", { "Fn::ImportValue": "shared-vpc" }],
    ["!Cidr ['10.0.0.0/16', 2, 8]", { "Fn::Cidr": ["10.0.0.0/16", 2, 8] }],
    [
      "!Transform { Name: AWS::Include, Parameters: { Location: x.yaml } }",
      { "Fn::Transform": { Name: "AWS::Include", Parameters: { Location: "x.yaml" } } },
    ],
  ])("reads %s as its long form", (source, expected) => {
    const parsed = parseCloudFormation(`Value: ${source}\n`);
    expect(parsed.errors).toEqual([]);
    expect(parsed.template.Value).toEqual(expected);
  });

  it("reads block sequences under a tag", () => {
    const parsed = parseCloudFormation("Value: !Join\n  - '-'\n  - - a\n    - !Ref B\n");
    expect(parsed.template.Value).toEqual({ "Fn::Join": ["-", ["a", { Ref: "B" }]] });
  });

  it("reads JSON templates, including tab-indented ones", () => {
    const parsed = parseCloudFormation('{\n\t"Resources": {\n\t\t"T": { "Type": "AWS::SNS::Topic" }\n\t}\n}\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.template).toEqual({ Resources: { T: { Type: "AWS::SNS::Topic" } } });
  });

  it("turns numeric keys into strings, as JSON does", () => {
    expect(parseCloudFormation("responses:\n  200: ok\n").template).toEqual({ responses: { "200": "ok" } });
  });

  it("reports syntax errors and duplicate keys with their line", () => {
    const parsed = parseCloudFormation("A: 1\nA: 2\n");
    expect(parsed.errors).toEqual([{ message: "Map keys must be unique", line: 2, column: 1 }]);
    expect(parsed.template).toEqual({});
  });

  it("rejects a document that is not a mapping", () => {
    expect(parseCloudFormation("- a\n").errors[0]?.message).toMatch(/must be a mapping/);
  });

  it("locates values by path, through tags and numeric keys", () => {
    const parsed = parseCloudFormation("A:\n  B: !Join\n    - ','\n    - [x, y]\n  200:\n    C: !Ref D\n");
    expect(parsed.positionOf(["A", "B", "Fn::Join", 1, 1])).toEqual({ line: 4, column: 11 });
    expect(parsed.positionOf(["A", "200", "C"])).toEqual({ line: 6, column: 13 });
    // A path that leaves the written document falls back to its nearest written ancestor.
    expect(parsed.positionOf(["A", "200", "C", "Ref", "deeper"])).toEqual({ line: 6, column: 13 });
  });
});
