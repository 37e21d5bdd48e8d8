import { apiGatewayIdentities } from "./identities/apigateway";
import { dataServiceIdentities } from "./identities/data-services";
import { ec2Identities } from "./identities/ec2";
import { elbv2Identities } from "./identities/elbv2";
import { iamIdentities } from "./identities/iam";
import type { DescribeIdentity, IdentityInput, ResourceIdentity } from "./identities/identity";

export type { IdentityInput, ResourceIdentity } from "./identities/identity";
export { restApiId } from "./identities/apigateway";

const IDENTITIES: Record<string, DescribeIdentity> = {
  ...dataServiceIdentities,
  ...iamIdentities,
  ...apiGatewayIdentities,
  ...elbv2Identities,
  ...ec2Identities,
};

/** Resource types whose `Ref`/`Fn::GetAtt` this loader knows. */
export const KNOWN_RESOURCE_TYPES: readonly string[] = Object.keys(IDENTITIES).sort();

/**
 * What `Ref` and `Fn::GetAtt` return for a resource, deterministically and without AWS:
 * names from the explicit name property (`TableName`, `QueueName`, ...) or `${stackName}-${logicalId}`,
 * ARNs/URLs built from them the way each service does, and hashed ids where AWS generates one
 * (`vpc-…`, REST API ids). Unknown types get `Ref` = `${stackName}-${logicalId}` and no attributes,
 * so `Fn::GetAtt` on them is reported rather than guessed.
 */
export function describeIdentity(input: IdentityInput): ResourceIdentity {
  const describe = IDENTITIES[input.type];
  if (describe) return describe(input);
  return { physicalId: `${input.pseudo.stackName}-${input.logicalId}`, attributes: {} };
}
