import { randomUUID } from "node:crypto";
import type { Delivery, DeliveryListener } from "../delivery";
import { createAwsJsonListener, type JsonInput } from "../http/awsJsonProtocol";
import { optionalInteger, optionalString, optionalStringList } from "../http/jsonInput";
import { resolveBackendOptions } from "../options";
import type { PeerOptions, Peers } from "../peers";
import { RecordLog } from "../record/RecordLog";
import { newRequestLog, serveBackend } from "../serveBackend";
import type { Backend, BackendOptions } from "../types";
import { eventPatternProblem } from "./eventPatternProblem";
import { eventsValidation, invalidEventPattern, limitExceeded, resourceAlreadyExists, resourceNotFound } from "./eventsErrors";
import { matchEventPattern } from "./matchEventPattern";
import { type EntryError, entrySize, eventTime, maxPutEventsBytes, type PutEventsEntry, validateEntry } from "./putEventsEntry";
import { renderTargetInput, type TargetInputSettings } from "./targetInput";

/** The local EventBridge backend. */
export interface EventBridgeBackend extends Backend {
  service: "events";
  /** Every delivery of a matched event to a rule target so far, oldest first. */
  deliveries(): readonly Delivery[];
  /** Subscribes to deliveries; returns the unsubscribe function. */
  onDelivered(listener: DeliveryListener): () => void;
  /** Resolves with the first delivery, past or future, that matches. @param timeoutMs @default 5000 */
  waitForDelivery(predicate: (delivery: Delivery) => boolean, timeoutMs?: number): Promise<Delivery>;
}

interface Target extends TargetInputSettings {
  Id: string;
  Arn: string;
  RoleArn?: string;
  SqsParameters?: { MessageGroupId?: string };
}

interface Rule {
  name: string;
  arn: string;
  busName: string;
  eventPattern?: string;
  scheduleExpression?: string;
  state: string;
  description?: string;
  roleArn?: string;
  targets: Map<string, Target>;
}

interface Bus {
  name: string;
  arn: string;
  description?: string;
  createdAt: number;
  rules: Map<string, Rule>;
}

/** EventBridge allows five targets per rule. */
const maxTargetsPerRule = 5;
const ruleStates = new Set(["ENABLED", "DISABLED", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"]);

/**
 * Starts a local EventBridge speaking AWS JSON 1.1 (`X-Amz-Target: AWSEvents.<Action>`). The
 * `default` bus always exists. PutEvents validates each entry as EventBridge does, matches the event
 * against the bus's enabled rules (content filtering, see `matchEventPattern`) and delivers it to
 * their targets: SQS queues, SNS topics and Step Functions state machines of the same backend set;
 * any other target is recorded as undeliverable.
 */
export async function startEventBridge(options: BackendOptions & PeerOptions = {}): Promise<EventBridgeBackend> {
  const { region, accountId } = resolveBackendOptions(options);
  const peers: Peers = options.peers ?? {};
  const log = newRequestLog("events");
  const deliveries = new RecordLog<Delivery>("delivery from events");
  const busArnOf = (name: string) => `arn:aws:events:${region}:${accountId}:event-bus/${name}`;
  const buses = new Map<string, Bus>([["default", { name: "default", arn: busArnOf("default"), createdAt: Date.now() / 1000, rules: new Map() }]]);

  /** Bus names may be given as names or ARNs. */
  const busNameOf = (value: string | undefined) => {
    if (value === undefined || value === "") return "default";
    const match = /^arn:aws[\w-]*:events:[\w-]+:\d{12}:event-bus\/(.+)$/.exec(value);
    return match ? match[1]! : value;
  };
  const requireBus = (value: string | undefined): Bus => {
    const name = busNameOf(value);
    const bus = buses.get(name);
    if (bus === undefined) throw resourceNotFound(`Event bus ${name} does not exist.`);
    return bus;
  };
  const requireRule = (input: JsonInput, member = "Name"): Rule => {
    const bus = requireBus(optionalString(input, "EventBusName", invalid));
    const name = required(input, member);
    const rule = bus.rules.get(name);
    if (rule === undefined) throw resourceNotFound(`Rule ${name} does not exist on EventBus ${bus.name}.`);
    return rule;
  };

  const deliver = (rule: Rule, target: Target, event: Record<string, unknown>) => {
    const payload = renderTargetInput(target, event, { ruleName: rule.name, ruleArn: rule.arn, ingestionTime: new Date().toISOString() });
    const base = { at: new Date().toISOString(), from: "events" as const, source: rule.arn, target: target.Arn, targetId: target.Id, payload, event };
    try {
      const resultId = sendToTarget(peers, target, payload);
      deliveries.append(resultId === undefined ? { ...base, status: "undeliverable", error: `No local backend serves target ${target.Arn}.` } : { ...base, status: "delivered", resultId });
    } catch (error) {
      deliveries.append({ ...base, status: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  };

  const operations = {
    CreateEventBus: (input: JsonInput) => {
      const name = required(input, "Name");
      if (!/^[/.\-_A-Za-z0-9]{1,256}$/.test(name) || name.includes("/")) {
        throw eventsValidation(`1 validation error detected: Value '${name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [/\\.\\-_A-Za-z0-9]+`);
      }
      if (buses.has(name)) throw resourceAlreadyExists(`Event bus ${name} already exists.`);
      const description = optionalString(input, "Description", invalid);
      const bus: Bus = { name, arn: busArnOf(name), createdAt: Date.now() / 1000, rules: new Map(), ...(description === undefined ? {} : { description }) };
      buses.set(name, bus);
      return { EventBusArn: bus.arn, ...(description === undefined ? {} : { Description: description }) };
    },

    DescribeEventBus: (input: JsonInput) => {
      const bus = requireBus(optionalString(input, "Name", invalid));
      return describeBus(bus);
    },

    DeleteEventBus: (input: JsonInput) => {
      const name = required(input, "Name");
      if (name === "default") throw eventsValidation("Cannot delete event bus default.");
      // Deleting a bus that does not exist succeeds.
      buses.delete(name);
      return {};
    },

    ListEventBuses: (input: JsonInput) => {
      const prefix = optionalString(input, "NamePrefix", invalid) ?? "";
      const page = paginate([...buses.values()].filter((bus) => bus.name.startsWith(prefix)), input);
      return { EventBuses: page.items.map(describeBus), ...(page.nextToken ? { NextToken: page.nextToken } : {}) };
    },

    PutRule: (input: JsonInput) => {
      const name = required(input, "Name");
      if (!/^[.\-_A-Za-z0-9]{1,64}$/.test(name)) {
        throw eventsValidation(`1 validation error detected: Value '${name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+`);
      }
      const bus = requireBus(optionalString(input, "EventBusName", invalid));
      const eventPattern = optionalString(input, "EventPattern", invalid);
      const scheduleExpression = optionalString(input, "ScheduleExpression", invalid);
      if (eventPattern === undefined && scheduleExpression === undefined) throw eventsValidation("Parameter(s) EventPattern or ScheduleExpression must be specified.");
      if (scheduleExpression !== undefined && bus.name !== "default") throw eventsValidation("ScheduleExpression is supported only on the default event bus.");
      if (eventPattern !== undefined) {
        const problem = eventPatternProblem(eventPattern);
        if (problem) throw invalidEventPattern(problem);
      }
      const state = optionalString(input, "State", invalid) ?? "ENABLED";
      if (!ruleStates.has(state)) {
        throw eventsValidation(`1 validation error detected: Value '${state}' at 'state' failed to satisfy constraint: Member must satisfy enum value set: [ENABLED, DISABLED, ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS]`);
      }
      const existing = bus.rules.get(name);
      const description = optionalString(input, "Description", invalid);
      const roleArn = optionalString(input, "RoleArn", invalid);
      const rule: Rule = {
        name,
        arn: `arn:aws:events:${region}:${accountId}:rule/${bus.name === "default" ? "" : `${bus.name}/`}${name}`,
        busName: bus.name,
        state,
        targets: existing?.targets ?? new Map(),
        ...(eventPattern === undefined ? {} : { eventPattern }),
        ...(scheduleExpression === undefined ? {} : { scheduleExpression }),
        ...(description === undefined ? {} : { description }),
        ...(roleArn === undefined ? {} : { roleArn }),
      };
      bus.rules.set(name, rule);
      return { RuleArn: rule.arn };
    },

    DescribeRule: (input: JsonInput) => {
      const rule = requireRule(input);
      return {
        ...describeRule(rule),
        ...(rule.roleArn === undefined ? {} : { RoleArn: rule.roleArn }),
        EventBusName: rule.busName,
        CreatedBy: accountId,
      };
    },

    ListRules: (input: JsonInput) => {
      const bus = requireBus(optionalString(input, "EventBusName", invalid));
      const prefix = optionalString(input, "NamePrefix", invalid) ?? "";
      const page = paginate([...bus.rules.values()].filter((rule) => rule.name.startsWith(prefix)), input);
      return {
        Rules: page.items.map((rule) => ({ ...describeRule(rule), EventBusName: rule.busName })),
        ...(page.nextToken ? { NextToken: page.nextToken } : {}),
      };
    },

    DeleteRule: (input: JsonInput) => {
      const bus = requireBus(optionalString(input, "EventBusName", invalid));
      const rule = bus.rules.get(required(input, "Name"));
      if (rule === undefined) return {};
      if (rule.targets.size > 0 && input.Force !== true) throw eventsValidation("Rule can't be deleted since it has targets.");
      bus.rules.delete(rule.name);
      return {};
    },

    EnableRule: (input: JsonInput) => {
      requireRule(input).state = "ENABLED";
      return {};
    },

    DisableRule: (input: JsonInput) => {
      requireRule(input).state = "DISABLED";
      return {};
    },

    PutTargets: (input: JsonInput) => {
      const rule = requireRule(input, "Rule");
      const targets = input.Targets;
      if (!Array.isArray(targets) || targets.length === 0) throw eventsValidation("1 validation error detected: Value null at 'targets' failed to satisfy constraint: Member must not be null");
      const incoming = targets.map(readTarget);
      const ids = new Set([...rule.targets.keys(), ...incoming.map((t) => t.Id)]);
      if (ids.size > maxTargetsPerRule) throw limitExceeded("The requested resource exceeds the maximum number allowed.");
      for (const target of incoming) rule.targets.set(target.Id, target);
      return { FailedEntryCount: 0, FailedEntries: [] };
    },

    ListTargetsByRule: (input: JsonInput) => {
      const rule = requireRule(input, "Rule");
      return { Targets: [...rule.targets.values()] };
    },

    RemoveTargets: (input: JsonInput) => {
      const rule = requireRule(input, "Rule");
      const ids = optionalStringList(input, "Ids", invalid);
      if (ids === undefined || ids.length === 0) throw eventsValidation("1 validation error detected: Value null at 'ids' failed to satisfy constraint: Member must not be null");
      const failed = ids
        .filter((id) => !rule.targets.delete(id))
        .map((id) => ({ TargetId: id, ErrorCode: "ResourceNotFoundException", ErrorMessage: `Target ${id} does not exist on rule ${rule.name}.` }));
      return { FailedEntryCount: failed.length, FailedEntries: failed };
    },

    PutEvents: (input: JsonInput) => {
      const entries = input.Entries;
      if (!Array.isArray(entries)) throw eventsValidation("1 validation error detected: Value null at 'entries' failed to satisfy constraint: Member must not be null");
      if (entries.length < 1 || entries.length > 10) {
        throw eventsValidation(
          `1 validation error detected: Value '${JSON.stringify(entries).slice(0, 64)}' at 'entries' failed to satisfy constraint: Member must have length ${entries.length < 1 ? "greater than or equal to 1" : "less than or equal to 10"}`,
        );
      }
      const typed = entries.map((entry) => (typeof entry === "object" && entry !== null ? entry : {}) as PutEventsEntry);
      if (typed.reduce((total, entry) => total + entrySize(entry), 0) > maxPutEventsBytes) {
        throw eventsValidation("Total size of the entries in the request is over the limit.");
      }
      const results = typed.map((entry) => putEvent(entry));
      return { FailedEntryCount: results.filter((result) => "ErrorCode" in result).length, Entries: results };
    },
  };

  const putEvent = (entry: PutEventsEntry): EntryError | { EventId: string } => {
    const checked = validateEntry(entry);
    if ("ErrorCode" in checked) return checked;
    const busName = busNameOf(typeof entry.EventBusName === "string" ? entry.EventBusName : undefined);
    const bus = buses.get(busName);
    if (bus === undefined) return { ErrorCode: "ResourceNotFoundException", ErrorMessage: `Event bus ${busName} does not exist.` };
    const event: Record<string, unknown> = {
      version: "0",
      id: randomUUID(),
      "detail-type": entry.DetailType,
      source: entry.Source,
      account: accountId,
      time: eventTime(entry.Time),
      region,
      resources: Array.isArray(entry.Resources) ? entry.Resources : [],
      detail: checked.detail,
    };
    for (const rule of bus.rules.values()) {
      if (rule.state === "DISABLED" || rule.eventPattern === undefined) continue;
      if (!matchEventPattern(JSON.parse(rule.eventPattern) as Record<string, unknown>, event)) continue;
      for (const target of rule.targets.values()) deliver(rule, target, event);
    }
    return { EventId: event.id as string };
  };

  const listener = createAwsJsonListener({
    service: "events",
    signingName: "events",
    region,
    targetPrefix: "AWSEvents",
    contentType: "application/x-amz-json-1.1",
    errorNamespace: "",
    operations,
    targetOf: (operation, input) => targetOf(operation, input),
    log,
  });
  const backend = await serveBackend("events", log, listener);
  return {
    ...backend,
    service: "events",
    deliveries: () => deliveries.entries(),
    onDelivered: (callback) => deliveries.on(callback),
    waitForDelivery: (predicate, timeoutMs) => deliveries.waitFor(predicate, timeoutMs),
  };
}

function invalid(name: string) {
  return eventsValidation(`1 validation error detected: Value at '${name.charAt(0).toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must be of the right type`);
}

function required(input: JsonInput, name: string): string {
  const value = optionalString(input, name, invalid);
  if (value === undefined || value === "") {
    throw eventsValidation(`1 validation error detected: Value null at '${name.charAt(0).toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

function readTarget(raw: unknown): Target {
  if (typeof raw !== "object" || raw === null) throw eventsValidation("Targets must be objects.");
  const target = raw as Record<string, unknown>;
  if (typeof target.Id !== "string" || !/^[.\-_A-Za-z0-9]{1,64}$/.test(target.Id)) {
    throw eventsValidation(`1 validation error detected: Value '${String(target.Id)}' at 'targets.1.member.id' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+`);
  }
  if (typeof target.Arn !== "string" || !target.Arn.startsWith("arn:")) throw eventsValidation(`Parameter ${String(target.Arn)} is not valid. Reason: Provided Arn is not in correct format.`);
  const inputs = ["Input", "InputPath", "InputTransformer"].filter((key) => target[key] !== undefined);
  if (inputs.length > 1) throw eventsValidation("Only one of Input, InputPath, or InputTransformer must be provided.");
  if (typeof target.Input === "string") {
    try {
      JSON.parse(target.Input);
    } catch {
      // EventBridge insists that a constant Input is JSON.
      throw eventsValidation(`Target ${target.Id}: Input is not a valid JSON text.`);
    }
  }
  return target as unknown as Target;
}

/** Sends a target its input through the matching backend; undefined when no local backend serves that ARN. */
function sendToTarget(peers: Peers, target: Target, payload: string): string | undefined {
  const service = /^arn:aws[\w-]*:([\w-]+):/.exec(target.Arn)?.[1];
  if (service === "sqs" && peers.sqs) {
    const groupId = target.SqsParameters?.MessageGroupId;
    return peers.sqs.deliver(target.Arn, { body: payload, via: "events", ...(groupId === undefined ? {} : { groupId, deduplicationId: randomUUID() }) }).messageId;
  }
  if (service === "sns" && peers.sns) return peers.sns.deliver(target.Arn, { message: payload, via: "events" }).messageId;
  if (service === "states" && peers.states) return peers.states.deliver(target.Arn, { input: payload, via: "events" }).executionArn;
  return undefined;
}

/** The fields DescribeRule and ListRules both answer with (each adds its own after them). */
function describeRule(rule: Rule) {
  return {
    Name: rule.name,
    Arn: rule.arn,
    ...(rule.eventPattern === undefined ? {} : { EventPattern: rule.eventPattern }),
    ...(rule.scheduleExpression === undefined ? {} : { ScheduleExpression: rule.scheduleExpression }),
    State: rule.state,
    ...(rule.description === undefined ? {} : { Description: rule.description }),
  };
}

function describeBus(bus: Bus) {
  return {
    Name: bus.name,
    Arn: bus.arn,
    ...(bus.description === undefined ? {} : { Description: bus.description }),
    CreationTime: bus.createdAt,
    LastModifiedTime: bus.createdAt,
  };
}

function paginate<T>(items: T[], input: JsonInput): { items: T[]; nextToken?: string } {
  const limit = optionalInteger(input, "Limit", invalid) ?? 100;
  const start = Number(optionalString(input, "NextToken", invalid) ?? "0");
  const page = items.slice(start, start + limit);
  return start + page.length < items.length ? { items: page, nextToken: String(start + page.length) } : { items: page };
}

function targetOf(operation: string, input: JsonInput): string | undefined {
  if (operation === "PutEvents") {
    const first = Array.isArray(input.Entries) ? (input.Entries[0] as PutEventsEntry | undefined) : undefined;
    return typeof first?.EventBusName === "string" ? first.EventBusName : "default";
  }
  for (const key of ["Rule", "Name", "EventBusName"]) if (typeof input[key] === "string") return input[key] as string;
  return undefined;
}
