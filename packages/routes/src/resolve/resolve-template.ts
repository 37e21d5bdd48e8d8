import { readFileSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import type { ResolvedResource } from "../model";
import { parseCloudFormation } from "../parse/cfn-yaml";
import type { PathSegment } from "../parse/source-position";
import { hashHex, shortId } from "../utils/hash";
import { asObject, isObject, type JsonObject, scalarToString } from "../utils/json";
import { evaluateCondition } from "./conditions";
import { resolveIntrinsics, unresolved } from "./intrinsics";
import { NO_VALUE } from "./no-value";
import { type ParameterOverrides, resolveParameters } from "./parameters";
import { describeIdentity, type ResourceIdentity } from "./physical-ids";
import { SAM_API_REFERENCES, type SamApiReference, usagePlanLogicalIds } from "./sam-generated";
import { applySamGlobals } from "./sam-globals";
import type { ParameterValue, PseudoParameters, ReportProblem, ResolveScope } from "./scope";

type Path = readonly PathSegment[];

export interface ResolveOptions {
  /** Parameter values that override the template's `Default`s. */
  parameters?: ParameterOverrides;
  /** @default "us-east-1" */
  region?: string;
  /** @default "123456789012" */
  accountId?: string;
  /** @default "apigw-playground" */
  stackName?: string;
  /** Folder that `AWS::Include` locations are relative to; without it, includes are reported. */
  templateDir?: string;
}

/** A template with parameters, conditions, resources and outputs resolved. */
export interface ResolvedTemplate {
  pseudo: PseudoParameters;
  parameters: Record<string, ParameterValue>;
  conditions: Record<string, boolean>;
  /** Resources whose condition holds. */
  resources: Record<string, ResolvedResource>;
  outputs: Record<string, { value: unknown; description?: string }>;
  description?: string;
}

/** Defaults for {@link ResolveOptions}: the team's local account and region. */
export const DEFAULT_RESOLVE_OPTIONS = { region: "us-east-1", accountId: "123456789012", stackName: "apigw-playground" };

interface ResourceState {
  declaration: JsonObject;
  type: string;
  status: "pending" | "resolving" | "done";
  properties: Record<string, unknown>;
  identity: ResourceIdentity;
  references: Set<string>;
}

/**
 * Resolves a parsed template the way CloudFormation would create the stack, locally:
 * parameters (defaults, overrides, constraints), conditions, SAM `Globals`, every intrinsic in
 * every resource's properties (including OpenAPI bodies), physical ids and attributes, outputs.
 * Problems go to `report` with their path in the template; resolution always completes.
 */
export function resolveTemplate(raw: JsonObject, options: ResolveOptions, report: ReportProblem): ResolvedTemplate {
  const template = applySamGlobals(raw);
  const pseudo = pseudoParameters(options);
  const parameters = resolveParameters(template.Parameters, options.parameters ?? {}, report, (name) =>
    localSecretValue(pseudo.stackName, name),
  );
  const conditionDeclarations = asObject(template.Conditions);
  const conditionValues = new Map<string, boolean | "evaluating">();
  const states = new Map<string, ResourceState>();
  const dropped = new Map<string, string>();
  const resolving: string[] = [];

  const scope: ResolveScope = {
    pseudo,
    mappings: asObject(template.Mappings),
    report,
    ref: (name, path) => ref(name, path),
    getAtt: (logicalId, attribute, path) => getAtt(logicalId, attribute, path),
    condition: (name, path) => condition(name, path),
    include: options.templateDir === undefined ? undefined : (location, path) => include(options.templateDir!, location, path),
  };

  function condition(name: string, path: Path): boolean {
    const known = conditionValues.get(name);
    if (known === "evaluating") {
      report(path, `condition ${name} refers to itself`);
      return false;
    }
    if (known !== undefined) return known;
    if (!(name in conditionDeclarations)) {
      report(path, `no condition named ${name} in Conditions`);
      return false;
    }
    conditionValues.set(name, "evaluating");
    const value = evaluateCondition(conditionDeclarations[name], ["Conditions", name], scope);
    conditionValues.set(name, value);
    return value;
  }

  function include(dir: string, location: string, path: Path): unknown {
    const file = resolvePath(dir, location);
    let source: string;
    try {
      source = readFileSync(file, "utf8");
    } catch (error) {
      report(path, `cannot read AWS::Include location ${location}: ${(error as Error).message}`);
      return unresolved("Fn::Transform");
    }
    const parsed = parseCloudFormation(source);
    for (const error of parsed.errors) report(path, `${location}:${error.line}:${error.column}: ${error.message}`);
    return resolveIntrinsics(parsed.template, scope, path);
  }

  function noteReference(logicalId: string): void {
    const current = resolving.at(-1);
    if (current !== undefined && current !== logicalId) states.get(current)?.references.add(logicalId);
  }

  function resourceState(logicalId: string, path: Path, usage: string): ResourceState | undefined {
    const state = states.get(logicalId);
    if (state) {
      noteReference(logicalId);
      return resolveResource(logicalId, state, path);
    }
    if (dropped.has(logicalId)) {
      report(path, `${usage} ${logicalId}: the resource is not created because its condition ${dropped.get(logicalId)} is false`);
    } else {
      report(path, `${usage} ${logicalId}: no parameter or resource with that name`);
    }
    return undefined;
  }

  function resolveResource(logicalId: string, state: ResourceState, path: Path): ResourceState {
    if (state.status === "done") return state;
    if (state.status === "resolving") {
      report(path, `circular reference: ${[...resolving.slice(resolving.indexOf(logicalId)), logicalId].join(" → ")}`);
      return state;
    }
    state.status = "resolving";
    resolving.push(logicalId);
    const resolved = resolveIntrinsics(state.declaration.Properties ?? {}, scope, ["Resources", logicalId, "Properties"]);
    resolving.pop();
    state.properties = isObject(resolved) ? resolved : {};
    state.identity = describeIdentity({
      logicalId,
      type: state.type,
      properties: state.properties,
      pseudo,
      lookup: (physicalId) => {
        const found = [...states.values()].find((s) => s.status === "done" && s.identity.physicalId === physicalId);
        return found ? { type: found.type, properties: found.properties } : undefined;
      },
    });
    state.status = "done";
    return state;
  }

  function ref(name: string, path: Path): unknown {
    const pseudoValue = pseudoRef(name, pseudo);
    if (pseudoValue !== undefined) return pseudoValue;
    if (name.startsWith("AWS::")) {
      report(path, `unknown pseudo parameter ${name}`);
      return unresolved(`Ref ${name}`);
    }
    if (name in parameters) return parameters[name];
    const dot = name.indexOf(".");
    if (dot > 0) return samApiRef(name.slice(0, dot), name.slice(dot + 1), path);
    const state = resourceState(name, path, "Ref");
    return state ? state.identity.physicalId : unresolved(`Ref ${name}`);
  }

  function samApiRef(logicalId: string, member: string, path: Path): unknown {
    const state = resourceState(logicalId, path, "Ref");
    if (!state) return unresolved(`Ref ${logicalId}.${member}`);
    if (state.type !== "AWS::Serverless::Api" || !SAM_API_REFERENCES.includes(member as SamApiReference)) {
      report(path, `Ref ${logicalId}.${member}: only AWS::Serverless::Api exposes ${SAM_API_REFERENCES.map((m) => `.${m}`).join(", ")}`);
      return unresolved(`Ref ${logicalId}.${member}`);
    }
    if (member === "Stage") return scalarToString(state.properties.StageName) ?? unresolved("StageName");
    const plan = asObject(asObject(state.properties.Auth).UsagePlan);
    const ids = usagePlanLogicalIds(logicalId, plan.CreateUsagePlan === "SHARED" ? "SHARED" : "PER_API");
    const generated: Record<string, [string, string]> = {
      Deployment: [`${logicalId}Deployment`, "AWS::ApiGateway::Deployment"],
      UsagePlan: [ids.usagePlan, "AWS::ApiGateway::UsagePlan"],
      ApiKey: [ids.apiKey, "AWS::ApiGateway::ApiKey"],
      UsagePlanKey: [ids.usagePlanKey, "AWS::ApiGateway::UsagePlanKey"],
    };
    const [generatedId, type] = generated[member]!;
    return describeIdentity({ logicalId: generatedId, type, properties: {}, pseudo, lookup: () => undefined }).physicalId;
  }

  function getAtt(logicalId: string, attribute: string, path: Path): unknown {
    const state = resourceState(logicalId, path, "Fn::GetAtt");
    if (!state) return unresolved(`Fn::GetAtt ${logicalId}.${attribute}`);
    const value = state.identity.attributes[attribute];
    if (value !== undefined) return value;
    // SAM resolves `${Api.Stage}` in Fn::Sub (which reads like Fn::GetAtt) as a Ref to the generated resource.
    if (state.type === "AWS::Serverless::Api" && SAM_API_REFERENCES.includes(attribute as SamApiReference)) {
      return samApiRef(logicalId, attribute, path);
    }
    report(path, `cannot resolve Fn::GetAtt ${logicalId}.${attribute} for type ${state.type} locally`);
    return unresolved(`Fn::GetAtt ${logicalId}.${attribute}`);
  }

  // Resources: declared → kept when their condition holds → resolved on first use or in order.
  for (const [logicalId, declaration] of Object.entries(asObject(template.Resources))) {
    const path = ["Resources", logicalId];
    if (!isObject(declaration) || typeof declaration.Type !== "string") {
      report(path, "a resource must be a map with a Type");
      continue;
    }
    const conditionName = scalarToString(declaration.Condition);
    if (conditionName !== undefined && !condition(conditionName, [...path, "Condition"])) {
      dropped.set(logicalId, conditionName);
      continue;
    }
    states.set(logicalId, {
      declaration,
      type: declaration.Type,
      status: "pending",
      properties: {},
      identity: { physicalId: "", attributes: {} },
      references: new Set(),
    });
  }
  const resources: Record<string, ResolvedResource> = {};
  for (const [logicalId, state] of states) {
    resolveResource(logicalId, state, ["Resources", logicalId]);
    resources[logicalId] = {
      logicalId,
      type: state.type,
      properties: state.properties,
      physicalId: state.identity.physicalId,
      attributes: state.identity.attributes,
      dependsOn: [...new Set([...dependsOnList(state.declaration.DependsOn), ...state.references])],
    };
  }
  for (const name of Object.keys(conditionDeclarations)) condition(name, ["Conditions", name]);

  return {
    pseudo,
    parameters,
    conditions: Object.fromEntries([...conditionValues].map(([name, value]) => [name, value === true])),
    resources,
    outputs: resolveOutputs(template.Outputs, scope, condition),
    description: scalarToString(template.Description),
  };
}

function resolveOutputs(
  declared: unknown,
  scope: ResolveScope,
  condition: (name: string, path: Path) => boolean,
): ResolvedTemplate["outputs"] {
  const outputs: ResolvedTemplate["outputs"] = {};
  for (const [name, output] of Object.entries(asObject(declared))) {
    const path = ["Outputs", name];
    if (!isObject(output) || !("Value" in output)) {
      scope.report(path, "an output must be a map with a Value");
      continue;
    }
    const conditionName = scalarToString(output.Condition);
    if (conditionName !== undefined && !condition(conditionName, [...path, "Condition"])) continue;
    const value = resolveIntrinsics(output.Value, scope, [...path, "Value"]);
    if (value === NO_VALUE) continue;
    const description = scalarToString(resolveIntrinsics(output.Description, scope, [...path, "Description"]));
    outputs[name] = description === undefined ? { value } : { value, description };
  }
  return outputs;
}

/**
 * The local value of a `NoEcho` parameter nobody supplied: 40 alphanumerics, stable for a stack
 * and parameter (long enough for API Gateway's 20-character minimum on API key values).
 */
export function localSecretValue(stackName: string, parameterName: string): string {
  return shortId(40, stackName, parameterName, "no-echo");
}

function dependsOnList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function pseudoParameters(options: ResolveOptions): PseudoParameters {
  const region = options.region ?? DEFAULT_RESOLVE_OPTIONS.region;
  const accountId = options.accountId ?? DEFAULT_RESOLVE_OPTIONS.accountId;
  const stackName = options.stackName ?? DEFAULT_RESOLVE_OPTIONS.stackName;
  const h = hashHex("stack", region, accountId, stackName);
  const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  return {
    region,
    accountId,
    stackName,
    stackId: `arn:aws:cloudformation:${region}:${accountId}:stack/${stackName}/${uuid}`,
    partition: "aws",
    urlSuffix: "amazonaws.com",
  };
}

function pseudoRef(name: string, pseudo: PseudoParameters): unknown {
  switch (name) {
    case "AWS::Region":
      return pseudo.region;
    case "AWS::AccountId":
      return pseudo.accountId;
    case "AWS::StackName":
      return pseudo.stackName;
    case "AWS::StackId":
      return pseudo.stackId;
    case "AWS::Partition":
      return pseudo.partition;
    case "AWS::URLSuffix":
      return pseudo.urlSuffix;
    case "AWS::NoValue":
      return NO_VALUE;
    case "AWS::NotificationARNs":
      return [];
    default:
      return undefined;
  }
}
