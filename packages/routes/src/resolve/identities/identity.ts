import { hashHex } from "../../utils/hash";
import type { PseudoParameters } from "../scope";

/** What `Ref` and `Fn::GetAtt` return for one resource. */
export interface ResourceIdentity {
  physicalId: string;
  attributes: Record<string, string>;
}

/** Everything an identity is computed from. */
export interface IdentityInput {
  logicalId: string;
  type: string;
  /** The resource's properties, resolved. */
  properties: Record<string, unknown>;
  pseudo: PseudoParameters;
  /** The resolved properties of the resource whose `Ref` is `physicalId`, if the template has one. */
  lookup(physicalId: string): { type: string; properties: Record<string, unknown> } | undefined;
}

export type DescribeIdentity = (input: IdentityInput) => ResourceIdentity;

export interface NameRules {
  /** Longest name the service accepts. */
  maxLength: number;
  /** S3 bucket names are lowercase. */
  lowercase?: boolean;
  /** Appended to generated names (`.fifo` for FIFO queues and topics). */
  suffix?: string;
}

/**
 * The explicit name when the template sets one, otherwise `${stackName}-${logicalId}`.
 * CloudFormation appends a random suffix to generated names; locally they must be stable, so
 * the suffix is dropped — unless the name is too long, where a hash keeps truncated names unique.
 */
export function physicalName(input: IdentityInput, explicit: unknown, rules: NameRules): string {
  if (typeof explicit === "string" && explicit !== "") return explicit;
  const suffix = rules.suffix ?? "";
  let name = `${input.pseudo.stackName}-${input.logicalId}`;
  if (rules.lowercase) name = name.toLowerCase().replace(/[^a-z0-9.-]/g, "-");
  if (name.length + suffix.length > rules.maxLength) {
    const hash = hashHex(input.pseudo.stackName, input.logicalId).slice(0, 8);
    name = `${name.slice(0, rules.maxLength - suffix.length - hash.length - 1)}-${hash}`;
  }
  return name + suffix;
}

/** `arn:{partition}:{service}:{region}:{account}:{resource}` for this stack's region and account. */
export function arn(input: IdentityInput, service: string, resource: string, options: { global?: boolean } = {}): string {
  const { partition, region, accountId } = input.pseudo;
  return `arn:${partition}:${service}:${options.global ? "" : region}:${accountId}:${resource}`;
}

/** Deterministic lowercase hex of `length` characters, salted with the resource's identity. */
export function hexId(input: IdentityInput, length: number, salt = ""): string {
  return hashHex(input.pseudo.stackName, input.logicalId, salt).slice(0, length);
}
