import type { Delivery } from "./delivery";
import { startDynamoDb } from "./dynamodb/startDynamoDb";
import { type EventBridgeBackend, startEventBridge } from "./events/startEventBridge";
import type { Peers } from "./peers";
import { type S3Backend, startS3 } from "./s3/startS3";
import { type SnsBackend, startSns } from "./sns/startSns";
import { type SqsBackend, startSqs } from "./sqs/startSqs";
import { type StepFunctionsBackend, startStepFunctions } from "./states/startStepFunctions";
import { type Backend, type BackendOptions, type ReceivedRequest, type ServiceName, serviceNames } from "./types";

/** Each service's backend, with its service-specific extras. */
export interface BackendMap {
  dynamodb: Backend;
  s3: S3Backend;
  sns: SnsBackend;
  sqs: SqsBackend;
  events: EventBridgeBackend;
  states: StepFunctionsBackend;
}

/** Options of {@link startBackends}. */
export interface BackendSetOptions extends BackendOptions {
  /** Which backends to start. @default every service */
  services?: readonly ServiceName[];
  /** Test-only scale for Step Functions `Wait` states (see `startStepFunctions`). @default 1 */
  waitTimeScale?: number;
}

/** Backends started together, wired so that cross-service deliveries reach each other. */
export interface BackendSet {
  /** The started backends (only those asked for when `services` was given). */
  backends: Partial<BackendMap>;
  /** Base URL per started service, `http://127.0.0.1:<port>`. */
  endpoints: Partial<Record<ServiceName, string>>;
  /** What the backends received, oldest first: one service's, or all of them merged. */
  received(service?: ServiceName): ReceivedRequest[];
  /** What EventBridge rules and SNS subscriptions delivered, oldest first. */
  deliveries(): Delivery[];
  /** Stops every backend; resolves when all ports are free. */
  stop(): Promise<void>;
}

/**
 * Starts local backends in parallel on 127.0.0.1 (OS-chosen ports) and connects them: EventBridge
 * targets and SNS subscriptions deliver to the SQS, SNS and Step Functions backends of the set.
 * Heavy engines (dynalite, s3rver, aws-local-stepfunctions) load lazily, so start-up stays short.
 *
 * @example
 * const set = await startBackends({ services: ["sqs", "events"] });
 * process.env.AWS_ENDPOINT_URL_SQS = set.endpoints.sqs;
 * // …
 * await set.stop();
 */
export async function startBackends(options: BackendSetOptions = {}): Promise<BackendSet> {
  const wanted = new Set(options.services ?? serviceNames);
  const base: BackendOptions = {
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.accountId === undefined ? {} : { accountId: options.accountId }),
  };
  const peers: Peers = {};
  const starters: { [S in ServiceName]: () => Promise<BackendMap[S]> } = {
    dynamodb: () => startDynamoDb(base),
    s3: () => startS3(base),
    sns: () => startSns({ ...base, peers }),
    sqs: () => startSqs(base),
    events: () => startEventBridge({ ...base, peers }),
    states: () => startStepFunctions({ ...base, peers, ...(options.waitTimeScale === undefined ? {} : { waitTimeScale: options.waitTimeScale }) }),
  };
  const chosen = serviceNames.filter((service) => wanted.has(service));
  const settled = await Promise.allSettled(chosen.map((service) => starters[service]()));
  const started = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failure = settled.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failure) {
    // Leave nothing listening when part of the set could not start.
    await Promise.allSettled(started.map((backend) => backend.stop()));
    throw failure.reason;
  }

  const backends: Partial<BackendMap> = {};
  for (const backend of started) Object.assign(backends, { [backend.service]: backend });
  if (backends.sqs) peers.sqs = backends.sqs;
  if (backends.sns) peers.sns = backends.sns;
  if (backends.states) peers.states = backends.states;

  const endpoints: Partial<Record<ServiceName, string>> = {};
  for (const backend of started) endpoints[backend.service] = backend.endpoint;

  return {
    backends,
    endpoints,
    received(service) {
      const from = service === undefined ? started : started.filter((backend) => backend.service === service);
      return from.flatMap((backend) => [...backend.received()]).sort((a, b) => a.at.localeCompare(b.at));
    },
    deliveries() {
      return [...(backends.events?.deliveries() ?? []), ...(backends.sns?.deliveries() ?? [])].sort((a, b) => a.at.localeCompare(b.at));
    },
    async stop() {
      const results = await Promise.allSettled(started.map((backend) => backend.stop()));
      const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
      if (failed) throw failed.reason;
    },
  };
}
