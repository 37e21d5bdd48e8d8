import type { SqsDeliveryInput } from "./sqs/startSqs";
import type { ServiceName } from "./types";

/** A message for an SNS topic from another backend (an EventBridge target). */
export interface SnsDeliveryInput {
  message: string;
  subject?: string;
  via: ServiceName;
}

/** A StartExecution from another backend (an EventBridge target). */
export interface StatesDeliveryInput {
  input: string;
  via: ServiceName;
}

/**
 * The backends a backend may forward to. `startBackends` fills it in once every backend of the set
 * is up; a backend started alone has no peers and records its deliveries as undeliverable.
 */
export interface Peers {
  sqs?: { deliver(queueArn: string, input: SqsDeliveryInput): { messageId: string } };
  sns?: { deliver(topicArn: string, input: SnsDeliveryInput): { messageId: string } };
  states?: { deliver(stateMachineArn: string, input: StatesDeliveryInput): { executionArn: string } };
}

/** Start option of the backends that forward to others. */
export interface PeerOptions {
  /** Where deliveries go; without it they are recorded as undeliverable. `startBackends` wires it. */
  peers?: Peers;
}
