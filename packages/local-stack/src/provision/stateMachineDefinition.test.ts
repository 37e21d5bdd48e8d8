import type { ResolvedResource } from "@apigw-playground/routes";
import { stateMachineDefinition } from "./stateMachineDefinition";

const machine = (properties: Record<string, unknown>): ResolvedResource => ({
  logicalId: "Machine",
  type: "AWS::Serverless::StateMachine",
  properties,
  physicalId: "arn:aws:states:us-east-1:123456789012:stateMachine:m",
  attributes: {},
  dependsOn: [],
});

describe("stateMachineDefinition", () => {
  it("serialises a Definition object", () => {
    const definition = { StartAt: "A", States: { A: { Type: "Pass", End: true } } };
    expect(JSON.parse(stateMachineDefinition(machine({ Definition: definition })))).toEqual(definition);
  });

  it("takes a DefinitionString as written", () => {
    expect(stateMachineDefinition(machine({ DefinitionString: '{"StartAt":"A"}' }))).toBe('{"StartAt":"A"}');
  });

  it("applies DefinitionSubstitutions, JSON-escaping the values", () => {
    const text = stateMachineDefinition(
      machine({
        // biome-ignore lint/suspicious/noTemplateCurlyInString: ${…} placeholders are what DefinitionSubstitutions replaces.
        Definition: { Comment: "${Who} at ${Where}", States: { A: { Type: "Task", Resource: "${Arn}" } } },
        DefinitionSubstitutions: { Who: 'a "quoted" \\ name', Where: 42, Arn: "arn:aws:lambda:us-east-1:1:function:f" },
      }),
    );
    expect(JSON.parse(text)).toEqual({ Comment: 'a "quoted" \\ name at 42', States: { A: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:1:function:f" } } });
  });

  it("refuses a definition kept in S3, saying what to do", () => {
    expect(() => stateMachineDefinition(machine({ DefinitionUri: "s3://bucket/key" }))).toThrow("DefinitionUri is not supported locally (the definition would be fetched from S3); inline it as Definition");
    expect(() => stateMachineDefinition(machine({}))).toThrow("no Definition or DefinitionString");
  });
});
