import type { BackendError } from "../errors/BackendError";
import { eventPatternProblem } from "../events/eventPatternProblem";
import { matchEventPattern } from "../events/matchEventPattern";
import type { SnsMessageAttributes } from "./messageAttributes";
import { invalidParameter } from "./snsErrors";

/**
 * Validates the subscription attributes SNS checks on Subscribe/SetSubscriptionAttributes:
 * `RawMessageDelivery` is true/false, `FilterPolicyScope` is MessageAttributes/MessageBody, and
 * `FilterPolicy` is a valid policy (same operators as EventBridge patterns).
 */
export function filterPolicyProblem(attributes: Record<string, string>): BackendError | undefined {
  const raw = attributes.RawMessageDelivery;
  if (raw !== undefined && raw !== "true" && raw !== "false") return invalidParameter("Invalid parameter: Attributes Reason: RawMessageDelivery: Invalid value [" + raw + "]. Must be true or false.");
  const scope = attributes.FilterPolicyScope;
  if (scope !== undefined && scope !== "MessageAttributes" && scope !== "MessageBody") {
    return invalidParameter(`Invalid parameter: Attributes Reason: FilterPolicyScope: Invalid value [${scope}]. Please use either MessageBody or MessageAttributes`);
  }
  const policy = attributes.FilterPolicy;
  if (policy === undefined || policy === "") return undefined;
  const problem = eventPatternProblem(policy);
  return problem === undefined ? undefined : invalidParameter(`Invalid parameter: FilterPolicy: ${problem}`);
}

/**
 * Whether a message passes a subscription's filter policy. With the default scope the policy's keys
 * are message attribute names (String → string, Number → number, String.Array → its elements;
 * Binary attributes are never matched); with `MessageBody` the policy applies to the JSON body.
 */
export function matchesFilterPolicy(attributes: Record<string, string>, message: string, messageAttributes: SnsMessageAttributes): boolean {
  const policy = attributes.FilterPolicy;
  if (policy === undefined || policy === "") return true;
  const pattern = JSON.parse(policy) as Record<string, unknown>;
  if (attributes.FilterPolicyScope === "MessageBody") {
    let body: unknown;
    try {
      body = JSON.parse(message);
    } catch {
      // A body that is not JSON cannot match a body-scoped policy.
      return false;
    }
    return matchEventPattern(pattern, body);
  }
  const values: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(messageAttributes)) {
    if (attribute.StringValue === undefined) continue;
    if (attribute.DataType.startsWith("Number")) values[name] = Number(attribute.StringValue);
    else if (attribute.DataType === "String.Array") values[name] = JSON.parse(attribute.StringValue) as unknown;
    else values[name] = attribute.StringValue;
  }
  return matchEventPattern(pattern, values);
}
