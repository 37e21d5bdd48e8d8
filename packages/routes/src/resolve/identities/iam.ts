import { hashHex } from "../../utils/hash";
import { arn, type DescribeIdentity, physicalName } from "./identity";

function iamPath(value: unknown): string {
  return typeof value === "string" && value !== "" ? value : "/";
}

/** A role id looks like `AROA` + 17 uppercase alphanumerics. */
function uniqueId(prefix: string, ...parts: string[]): string {
  return prefix + BigInt(`0x${hashHex(...parts)}`).toString(36).toUpperCase().slice(0, 17);
}

/** IAM roles, managed policies and instance profiles (ARNs are global: no region). */
export const iamIdentities: Record<string, DescribeIdentity> = {
  "AWS::IAM::Role": (input) => {
    const name = physicalName(input, input.properties.RoleName, { maxLength: 64 });
    return {
      physicalId: name,
      attributes: {
        Arn: arn(input, "iam", `role${iamPath(input.properties.Path)}${name}`, { global: true }),
        RoleId: uniqueId("AROA", input.pseudo.stackName, input.logicalId),
      },
    };
  },

  "AWS::IAM::ManagedPolicy": (input) => {
    const name = physicalName(input, input.properties.ManagedPolicyName, { maxLength: 128 });
    const policyArn = arn(input, "iam", `policy${iamPath(input.properties.Path)}${name}`, { global: true });
    return { physicalId: policyArn, attributes: { PolicyArn: policyArn } };
  },

  "AWS::IAM::InstanceProfile": (input) => {
    const name = physicalName(input, input.properties.InstanceProfileName, { maxLength: 128 });
    return {
      physicalId: name,
      attributes: { Arn: arn(input, "iam", `instance-profile${iamPath(input.properties.Path)}${name}`, { global: true }) },
    };
  },
};
