/** The AWS services this package reproduces locally. */
export type ServiceName = "dynamodb" | "s3" | "sns" | "sqs" | "events" | "states";

/** Every service, in the order `startBackends` starts and reports them. */
export const serviceNames: readonly ServiceName[] = ["dynamodb", "s3", "sns", "sqs", "events", "states"];

/** One request a backend answered, as the backend understood it. */
export interface ReceivedRequest {
  /** When the backend finished answering (ISO 8601). */
  at: string;
  service: ServiceName;
  /** The API action, e.g. `PutItem`, `PutObject`, `Publish`, `SendMessage`. */
  action: string;
  /** The table, bucket, topic, queue, event bus or state machine the action addressed, when it names one. */
  target?: string;
  /**
   * The parsed request: the JSON body (JSON protocols), the form fields (Query protocol), or
   * `{ bucket, key, size, contentType }` (S3).
   */
  input: unknown;
  /** The HTTP status the backend answered with. */
  status: number;
  /**
   * Set when the request did not come over the wire but from another backend of the same set
   * (an EventBridge rule or SNS subscription delivering to its target).
   */
  via?: ServiceName;
}

/** Called for every request a backend records. */
export type ReceivedListener = (request: ReceivedRequest) => void;

/** A running local backend. */
export interface Backend {
  service: ServiceName;
  /** Base URL, `http://127.0.0.1:<port>`. */
  endpoint: string;
  /** Every request answered so far, oldest first. */
  received(): readonly ReceivedRequest[];
  /** Subscribes to requests as they are recorded; returns the unsubscribe function. */
  onReceived(listener: ReceivedListener): () => void;
  /**
   * Resolves with the first recorded request (already recorded or future) that matches, so tests
   * and the demo wait for the event instead of sleeping.
   * @param timeoutMs rejects after this long. @default 5000
   */
  waitForReceived(predicate: (request: ReceivedRequest) => boolean, timeoutMs?: number): Promise<ReceivedRequest>;
  /** Closes the listener and open connections and releases what the backend holds (temp dirs, timers). */
  stop(): Promise<void>;
}

/** Options every backend understands. */
export interface BackendOptions {
  /** Region used in ARNs, queue URLs and event envelopes. @default "us-east-1" */
  region?: string;
  /** Account id used in ARNs and queue URLs. @default "123456789012" */
  accountId?: string;
}
