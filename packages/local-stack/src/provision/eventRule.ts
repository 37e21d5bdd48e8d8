import { callJsonProtocol, JSON_PROTOCOLS } from "../aws/callJsonProtocol";
import { AwsServiceError } from "../errors/AwsServiceError";
import { arnName, ignoredProperties, type Provisioner } from "./provisioner";

/**
 * `AWS::Events::Rule` → PutRule on its bus (the pattern as a JSON string: CloudFormation takes an
 * object, the API a string), then PutTargets with the rule's `Targets` (CloudFormation's target
 * properties are the API's: Id, Arn, RoleArn, Input, InputPath, InputTransformer, SqsParameters…).
 * PutRule and PutTargets are upserts, so running this twice changes nothing.
 */
export const eventRule: Provisioner = {
  service: "events",
  async provision({ resource, caller }) {
    const props = resource.properties;
    // The rule's ARN is …:rule/<bus>/<name> (or …:rule/<name> on the default bus).
    const name = (props["Name"] as string | undefined) ?? arnName(resource.attributes["Arn"] ?? resource.physicalId);
    const bus = props["EventBusName"] as string | undefined;
    const pattern = props["EventPattern"];
    const ruleInput = {
      Name: name,
      ...(bus === undefined ? {} : { EventBusName: bus }),
      ...(pattern === undefined ? {} : { EventPattern: typeof pattern === "string" ? pattern : JSON.stringify(pattern) }),
      ...pick(props, ["ScheduleExpression", "State", "Description", "RoleArn"]),
    };
    const rule = await callJsonProtocol(caller, JSON_PROTOCOLS.events, "PutRule", ruleInput);
    const targets = (props["Targets"] as Record<string, unknown>[] | undefined) ?? [];
    if (targets.length > 0) {
      const answer = await callJsonProtocol(caller, JSON_PROTOCOLS.events, "PutTargets", { Rule: name, ...(bus === undefined ? {} : { EventBusName: bus }), Targets: targets });
      // PutTargets answers 200 even when it refuses a target: the failure is per entry.
      if (Number(answer["FailedEntryCount"] ?? 0) > 0) {
        const failed = (answer["FailedEntries"] as { TargetId?: string; ErrorCode?: string; ErrorMessage?: string }[] | undefined) ?? [];
        const first = failed[0] ?? {};
        throw new AwsServiceError({
          service: "events",
          action: "PutTargets",
          endpoint: "events",
          code: first.ErrorCode ?? "FailedEntry",
          serviceMessage: failed.map((entry) => `target ${entry.TargetId}: ${entry.ErrorCode} ${entry.ErrorMessage ?? ""}`.trim()).join("; "),
          httpStatusCode: 200,
        });
      }
    }
    return {
      status: "created",
      serviceId: (rule["RuleArn"] as string | undefined) ?? resource.attributes["Arn"] ?? name,
      ignoredProperties: ignoredProperties(resource, ["Name", "EventBusName", "EventPattern", "ScheduleExpression", "State", "Description", "RoleArn", "Targets"]),
    };
  },
};

function pick(values: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.filter((name) => values[name] !== undefined).map((name) => [name, values[name]]));
}
