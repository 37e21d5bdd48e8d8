import type { PathSegment } from "../parse/source-position";

/** A parameter's value: lists (`CommaDelimitedList`, `List<...>`) are arrays. */
export type ParameterValue = string | string[];

/** Where a problem was found (a path into the template as written) and what it is. */
export type ReportProblem = (path: readonly PathSegment[], message: string) => void;

/** The stack-level values behind `AWS::Region`, `AWS::AccountId` and friends. */
export interface PseudoParameters {
  region: string;
  accountId: string;
  stackName: string;
  stackId: string;
  /** @default "aws" */
  partition: string;
  /** @default "amazonaws.com" */
  urlSuffix: string;
}

/**
 * What intrinsic functions can look up. `resolveTemplate` wires it to the template's
 * parameters, conditions and resources; the functions themselves stay independent of that.
 */
export interface ResolveScope {
  pseudo: PseudoParameters;
  mappings: Record<string, unknown>;
  /** `Ref` to a parameter, pseudo parameter or resource (returns `NO_VALUE` for `AWS::NoValue`). */
  ref(name: string, path: readonly PathSegment[]): unknown;
  /** `Fn::GetAtt`; reports and returns a placeholder when the attribute is unknown locally. */
  getAtt(logicalId: string, attribute: string, path: readonly PathSegment[]): unknown;
  /** The value of a named condition; reports unknown names (and returns false). */
  condition(name: string, path: readonly PathSegment[]): boolean;
  /** `Fn::Transform` `AWS::Include` of a local file, when the template has a folder. */
  include?(location: string, path: readonly PathSegment[]): unknown;
  report: ReportProblem;
}
