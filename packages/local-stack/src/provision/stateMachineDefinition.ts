import type { ResolvedResource } from "@apigw-playground/routes";

/**
 * The ASL definition of an `AWS::Serverless::StateMachine` or `AWS::StepFunctions::StateMachine`, as
 * the JSON string CreateStateMachine takes: `Definition` (an object) serialised, or
 * `DefinitionString` as written, with `DefinitionSubstitutions` applied — each `${name}` placeholder
 * replaced by its value, as SAM and CloudFormation do before creating the machine.
 * @throws Error when the definition lives in S3 or a file (`DefinitionUri`, `DefinitionS3Location`)
 */
export function stateMachineDefinition(resource: ResolvedResource): string {
  const props = resource.properties;
  let text: string;
  if (props["Definition"] !== undefined) text = JSON.stringify(props["Definition"]);
  else if (typeof props["DefinitionString"] === "string") text = props["DefinitionString"];
  else {
    const where = props["DefinitionUri"] !== undefined ? "DefinitionUri" : props["DefinitionS3Location"] !== undefined ? "DefinitionS3Location" : undefined;
    throw new Error(
      where === undefined
        ? "the state machine has no Definition or DefinitionString"
        : `${where} is not supported locally (the definition would be fetched from S3); inline it as Definition`,
    );
  }
  const substitutions = (props["DefinitionSubstitutions"] as Record<string, unknown> | undefined) ?? {};
  for (const [name, value] of Object.entries(substitutions)) {
    // The placeholder sits inside a JSON string of the serialised definition: the value goes in
    // JSON-escaped so a quote or backslash in it cannot break the document.
    const replacement = JSON.stringify(typeof value === "string" ? value : JSON.stringify(value)).slice(1, -1);
    text = text.replaceAll(`\${${name}}`, replacement);
  }
  return text;
}
