import type { ServiceName } from "./types";

/** What happened to one message a backend forwarded to a target (a rule target or a subscription). */
export interface Delivery {
  /** ISO 8601 time of the attempt. */
  at: string;
  /** The backend that forwarded. */
  from: ServiceName;
  /** The rule ARN (EventBridge) or subscription ARN (SNS) that caused the delivery. */
  source: string;
  /** The target's ARN (or endpoint, for SNS subscriptions that are not ARNs). */
  target: string;
  /** The target id of an EventBridge rule target. */
  targetId?: string;
  /** Exactly what was sent: the event JSON after Input/InputPath/InputTransformer, or the SNS message body. */
  payload: string;
  /** EventBridge only: the matched event envelope (version, id, detail-type, source, account, time, region, resources, detail). */
  event?: Record<string, unknown>;
  /**
   * `delivered`: the target backend accepted it; `undeliverable`: no local backend serves that
   * kind of target (Lambda, HTTP, email…); `failed`: the target backend refused it (e.g. the queue does not exist).
   */
  status: "delivered" | "undeliverable" | "failed";
  /** The id the target assigned (SQS message id, SNS message id, execution ARN). */
  resultId?: string;
  error?: string;
}

/** Called for every recorded delivery. */
export type DeliveryListener = (delivery: Delivery) => void;
