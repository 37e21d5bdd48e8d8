import type { PlaygroundClient } from "@apigw-playground/client";
import type { TemplateModel } from "@apigw-playground/routes";
import type { Target } from "../options/demoOptions";
import type { LocalRecords } from "../scenarios/context";

/** Where the scenarios run, ready: a client for every template, and what else the target offers. */
export interface DemoTarget {
  kind: Target;
  region: string;
  /** The route models of the templates being run, in the model's order. */
  templates: TemplateModel[];
  client: PlaygroundClient;
  /** The same endpoints and access key id, with a wrong secret (the signature-mismatch check). */
  wrongSecretClient: PlaygroundClient;
  /** The mock template's API key, when known. */
  apiKey?: string;
  /** The local backends' records (local only). */
  local?: LocalRecords;
  /** How long the target took to get ready, in ms. */
  readyMs: number;
  /** Things to say in the report (observations this target cannot make). */
  notes: string[];
  /** Closes the clients (and stops the local stack). */
  close(): Promise<void>;
}
