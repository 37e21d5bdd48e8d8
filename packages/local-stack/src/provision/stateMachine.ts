import { callJsonProtocol, JSON_PROTOCOLS } from "../aws/callJsonProtocol";
import { acceptExisting } from "./acceptExisting";
import { arnName, ignoredProperties, type Provisioner } from "./provisioner";
import { stateMachineDefinition } from "./stateMachineDefinition";

/**
 * `AWS::StepFunctions::StateMachine` and `AWS::Serverless::StateMachine` → CreateStateMachine with
 * the template's definition, type (STANDARD unless `Type`/`StateMachineType` says EXPRESS) and a
 * role ARN: the one the template names, else the role SAM would generate for it
 * (`<stack>-<LogicalId>Role`) — locally a role is only an ARN, nothing assumes it.
 */
export const stateMachine: Provisioner = {
  service: "states",
  async provision({ resource, caller, template }) {
    const props = resource.properties;
    const name = resource.attributes["Name"] ?? (props["StateMachineName"] as string | undefined) ?? (props["Name"] as string | undefined) ?? arnName(resource.physicalId);
    const role =
      (props["RoleArn"] as string | undefined) ??
      (typeof props["Role"] === "string" ? props["Role"] : undefined) ??
      `arn:aws:iam::${template.accountId}:role/${template.stackName}-${resource.logicalId}Role`;
    const type = (props["StateMachineType"] as string | undefined) ?? (props["Type"] as string | undefined) ?? "STANDARD";
    const input = { name, definition: stateMachineDefinition(resource), roleArn: role, type };
    // Step Functions answers an identical CreateStateMachine with the existing machine; a machine
    // of the same name with another definition is StateMachineAlreadyExists (kept as it is).
    const result = await acceptExisting(() => callJsonProtocol(caller, JSON_PROTOCOLS.states, "CreateStateMachine", input), ["StateMachineAlreadyExists"]);
    const arn = result.status === "created" ? (result.value["stateMachineArn"] as string | undefined) : undefined;
    return {
      status: result.status,
      serviceId: arn ?? resource.physicalId,
      ignoredProperties: ignoredProperties(resource, [
        "Name",
        "StateMachineName",
        "Definition",
        "DefinitionString",
        "DefinitionSubstitutions",
        "Role",
        "RoleArn",
        "Type",
        "StateMachineType",
      ]),
    };
  },
};
