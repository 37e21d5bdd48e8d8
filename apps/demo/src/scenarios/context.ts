import type { PlaygroundClient } from "@apigw-playground/client";
import type { TemplateModel } from "@apigw-playground/routes";
import type { Target } from "../options/demoOptions";
import type { ScenarioSteps } from "../run/ScenarioSteps";

/** What a local backend recorded about a request it answered (the local stack's `received()`). */
export interface ReceivedRecord {
  at: string;
  service: string;
  action: string;
  target?: string;
  input: unknown;
  status: number;
  via?: string;
}

/** What an EventBridge rule or SNS subscription forwarded (the local stack's `deliveries()`). */
export interface DeliveryRecord {
  at: string;
  from: string;
  source: string;
  target: string;
  payload: string;
  event?: Record<string, unknown>;
  status: "delivered" | "undeliverable" | "failed";
  resultId?: string;
  error?: string;
}

/** What only the local stack can show: its backends' own records. */
export interface LocalRecords {
  received(): readonly ReceivedRecord[];
  deliveries(): readonly DeliveryRecord[];
}

/** Everything a scenario works with. */
export interface ScenarioContext {
  client: PlaygroundClient;
  steps: ScenarioSteps;
  /** The template's route model (for expectations derived from the template, e.g. selection patterns). */
  model: TemplateModel;
  target: Target;
  /** Short and random; scenarios put it in ids and keys so runs against the same stacks do not collide. */
  runId: string;
  /** The mock template's API key, when known (always locally; on aws with --api-key). */
  apiKey?: string;
  /** The local backends' records; undefined on aws. */
  local?: LocalRecords;
}

/** One template's walk through its routes. */
export type Scenario = (context: ScenarioContext) => Promise<void>;
